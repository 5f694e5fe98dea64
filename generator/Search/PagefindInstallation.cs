namespace SdgArchive.Search;

/// <summary>
/// Where node and the pinned pagefind package live, or exactly what to install when they are missing. The indexer
/// runs pagefind's Node API (<c>node_modules/pagefind/lib/index.js</c>), which starts the native
/// <c>pagefind_extended</c> from <c>@pagefind/linux-x64</c> (or the platform's package) as a service.
/// </summary>
public sealed record PagefindInstallation(string? Node, string? Module, string? MissingAdvice)
{
    public bool IsAvailable => Node is not null && Module is not null;

    /// <summary>Looks in <paramref name="projectRoot"/>/node_modules (installed by <c>npm ci</c> from the root package-lock.json).</summary>
    public static PagefindInstallation Locate(string projectRoot)
    {
        var module = Path.Combine(projectRoot, "node_modules", "pagefind", "lib", "index.js");
        var node = FindOnPath("node");
        if (File.Exists(module) && node is not null) return new(node, module, null);
        return new(null, null, Advice(projectRoot, node is not null, FindOnPath("npm") is not null));
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
