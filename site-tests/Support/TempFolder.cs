namespace SdgArchive.SiteTests.Support;

/// <summary>Unique folders under the system temp folder; tests never write into the repository.</summary>
public static class TempFolder
{
    public static string Create(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), "sdg-tests", $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>A source folder holding the given files (name → text).</summary>
    public static string WithFiles(string prefix, IReadOnlyDictionary<string, string> files)
    {
        var folder = Create(prefix);
        foreach (var (name, text) in files) File.WriteAllText(Path.Combine(folder, name), text);
        return folder;
    }

    public static string CopyOf(string source, string prefix)
    {
        var folder = Create(prefix);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return folder;
    }
}
