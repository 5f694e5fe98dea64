namespace SdgArchive.Search;

/// <summary>
/// Where the pinned pagefind lives, or exactly what to install when it is missing.
/// Pagefind ships a native binary inside the npm package <c>@pagefind/linux-x64</c>; calling it directly
/// avoids depending on node at index time, the node wrapper is the fallback for other platforms.
/// </summary>
public sealed record PagefindInstallation(string? FileName, IReadOnlyList<string> PrefixArguments, string? MissingAdvice)
{
    public bool IsAvailable => FileName is not null;

    /// <summary>Looks in <paramref name="projectRoot"/>/node_modules (installed by <c>npm ci</c> from the root package-lock.json).</summary>
    public static PagefindInstallation Locate(string projectRoot)
    {
        var modules = Path.Combine(projectRoot, "node_modules");
        var native = Path.Combine(modules, "@pagefind", "linux-x64", "bin", "pagefind_extended");
        if (!File.Exists(native)) native = Path.Combine(modules, "@pagefind", "linux-x64", "bin", "pagefind");
        if (OperatingSystem.IsLinux() && File.Exists(native)) return new(native, [], null);

        var wrapper = Path.Combine(modules, "pagefind", "lib", "runner", "bin.cjs");
        var node = FindOnPath("node");
        if (File.Exists(wrapper) && node is not null) return new(node, [wrapper], null);

        return new(null, [], Advice(projectRoot, node is not null, FindOnPath("npm") is not null));
    }

    internal static string Advice(string projectRoot, bool hasNode, bool hasNpm) => (hasNode, hasNpm) switch
    {
        (true, true) => $"pagefind is not installed: run `npm ci` in {projectRoot} (installs the pinned pagefind 1.6.0 from package-lock.json), or build with --no-search",
        _ => $"Node.js and npm are needed to install pagefind: run `apt-get install nodejs npm` (or install Node.js 18+ another way), then `npm ci` in {projectRoot}; or build with --no-search",
    };

    internal static string? FindOnPath(string program)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, program);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
