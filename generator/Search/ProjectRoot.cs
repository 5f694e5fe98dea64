namespace SdgArchive.Search;

/// <summary>The folder holding the root package.json (npm tools such as pagefind are installed beside it by <c>npm ci</c>).</summary>
public static class ProjectRoot
{
    /// <summary>Searches upward from the working folder, then from the generator binary; falls back to the working folder.</summary>
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "package.json")) && File.Exists(Path.Combine(dir.FullName, "package-lock.json")))
                    return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
