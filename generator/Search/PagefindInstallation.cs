using System.Runtime.InteropServices;

namespace SdgArchive.Search;

/// <summary>
/// Where the pinned pagefind package's native binary lives, or exactly what to install when it is missing. npm
/// installs it (<c>npm ci</c> from the root package-lock.json): <c>pagefind_extended</c> in <c>@pagefind/linux-x64</c>
/// (or the platform's package), found the way pagefind's own Node API finds it (<c>lib/resolveBinary.js</c>: a path
/// in PAGEFIND_EXTENDED_BINARY_PATH or PAGEFIND_BINARY_PATH first). The build then speaks to it directly
/// (<see cref="PagefindService"/>), without node.
/// </summary>
public sealed record PagefindInstallation(string? Binary, string? MissingAdvice)
{
    public bool IsAvailable => Binary is not null;

    /// <summary>Looks in <paramref name="projectRoot"/>/node_modules.</summary>
    public static PagefindInstallation Locate(string projectRoot)
    {
        var package = Path.Combine(projectRoot, "node_modules", "pagefind", "package.json");
        var binary = BinaryPath(Path.Combine(projectRoot, "node_modules", "@pagefind"));
        if (File.Exists(package) && binary is not null) return new(binary, null);
        return new(null, Advice(projectRoot, FindOnPath("node") is not null, FindOnPath("npm") is not null));
    }

    private static string? BinaryPath(string packages)
    {
        string[] names = ["pagefind_extended", "pagefind"];
        foreach (var name in names)
            if (Environment.GetEnvironmentVariable(name.ToUpperInvariant() + "_BINARY_PATH") is { Length: > 0 } given)
                return given;
        var platform = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : "linux";
        var cpu = RuntimeInformation.OSArchitecture switch
        {
            Architecture.Arm64 => "arm64",
            _ => "x64",
        };
        var suffix = OperatingSystem.IsWindows() ? ".exe" : "";
        return names.Select(name => Path.Combine(packages, $"{platform}-{cpu}", "bin", name + suffix))
            .FirstOrDefault(File.Exists);
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
