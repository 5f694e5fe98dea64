namespace SdgArchive.Output;

/// <summary>
/// The file a build leaves in every output folder it makes. A build replaces (and a later build deletes) the folder it
/// writes to, so it only does so to a folder that is empty or holds this marker: never to a folder of the user's.
/// Hidden, so Netlify does not publish it (its deploy skips dot-files).
/// </summary>
public static class OutputMarker
{
    public const string FileName = ".sdg-output";

    private const string Text = "This folder was made by `sdg-archive build`; the next build replaces all of it.\n";

    public static bool IsIn(string folder) => File.Exists(Path.Combine(folder, FileName));

    public static void WriteInto(string folder) => File.WriteAllText(Path.Combine(folder, FileName), Text);

    /// <summary>
    /// Deletes a folder a build made (see <see cref="MayReplace"/>; any other is left alone), its marker last, so a
    /// deletion cut short leaves a folder still known as the build's. Links inside are removed, never followed.
    /// </summary>
    public static void DeleteMade(string folder)
    {
        if (!MayReplace(folder)) return;
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            if (entry.Name == FileName) continue;
            if (entry is DirectoryInfo directory && directory.LinkTarget is null) directory.Delete(recursive: true);
            else entry.Delete();
        }
        File.Delete(Path.Combine(folder, FileName));
        Directory.Delete(folder);
    }

    /// <summary>Whether a build may replace <paramref name="folder"/>: it does not exist, is empty, or a build made it.</summary>
    public static bool MayReplace(string folder) =>
        !Directory.Exists(folder) || IsIn(folder) || !Directory.EnumerateFileSystemEntries(folder).Any();
}
