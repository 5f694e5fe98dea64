namespace SdgArchive.SiteTests.Support;

/// <summary>
/// Unique folders under one folder per test run in the system temp folder; tests never write into the repository, and
/// <see cref="TempFolderCleanup"/> removes the run's folder when the run ends.
/// </summary>
public static class TempFolder
{
    /// <summary>Process id and a random part: developers sharing the machine run the suite at the same time.</summary>
    public static string RunFolder { get; } = Path.Combine(Path.GetTempPath(), "sdg-tests", $"run-{Environment.ProcessId}-{Guid.NewGuid():N}"[..24]);

    public static string Create(string prefix)
    {
        var path = Path.Combine(RunFolder, $"{prefix}-{Guid.NewGuid():N}");
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
        CopyInto(source, folder);
        return folder;
    }

    /// <summary>Copies every file below <paramref name="source"/> to the same place below <paramref name="target"/>.</summary>
    public static void CopyInto(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    /// <summary>Deletes a folder if it can; a test's leftovers in the temp folder are harmless, a failed teardown is not.</summary>
    public static void Remove(string path)
    {
        try { if (Directory.Exists(path)) Directory.Delete(path, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
