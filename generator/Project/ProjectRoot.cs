namespace SdgArchive.Project;

/// <summary>
/// The folder holding the project's package.json and package-lock.json: `npm ci` installs the pinned tools (pagefind)
/// and data (world-atlas) into its node_modules. The build, its no-change check and the maps all look here.
/// </summary>
public static class ProjectRoot
{
    /// <summary>
    /// Searches upward from <paramref name="near"/> (the project's templates folder, when known), then from the working
    /// folder, then from the generator binary; falls back to the working folder.
    /// </summary>
    public static string Find(string? near = null)
    {
        foreach (var start in new[] { near, Directory.GetCurrentDirectory(), AppContext.BaseDirectory }.OfType<string>())
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
                if (System.IO.File.Exists(Path.Combine(dir.FullName, "package.json")) && System.IO.File.Exists(Path.Combine(dir.FullName, "package-lock.json")))
                    return dir.FullName;
        return Directory.GetCurrentDirectory();
    }

    /// <summary>A file below the project root found from <paramref name="near"/> (<c>node_modules/…</c>), or null when it is not there.</summary>
    public static string? File(string relativePath, string? near = null)
    {
        var path = Path.Combine(Find(near), relativePath);
        return System.IO.File.Exists(path) ? path : null;
    }
}
