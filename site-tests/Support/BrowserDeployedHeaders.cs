using System.Text.RegularExpressions;

namespace SdgArchive.SiteTests.Support;

/// <summary>The response headers the site is deployed with (the <c>for = "/*"</c> block of netlify.toml), so browser tests run under them.</summary>
public static partial class BrowserDeployedHeaders
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Headers = new(Read);

    /// <summary>Every header set for all paths, Content-Security-Policy among them.</summary>
    public static IReadOnlyDictionary<string, string> ForEveryPage => Headers.Value;

    public static string ContentSecurityPolicy => ForEveryPage.TryGetValue("Content-Security-Policy", out var policy) ? policy
        : throw new InvalidOperationException("netlify.toml sets no Content-Security-Policy for /*");

    private static IReadOnlyDictionary<string, string> Read()
    {
        var toml = File.ReadAllText(Path.Combine(RepoPaths.Root, "netlify.toml"));
        var block = EveryPageBlock().Match(toml);
        if (!block.Success) throw new InvalidOperationException("netlify.toml has no [[headers]] block for \"/*\"");
        return HeaderLine().Matches(block.Groups[1].Value).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"for\s*=\s*""/\*""\s*\[headers\.values\]((?:\s*[A-Za-z-]+\s*=\s*""[^""]*"")+)")]
    private static partial Regex EveryPageBlock();

    [GeneratedRegex(@"([A-Za-z-]+)\s*=\s*""([^""]*)""")]
    private static partial Regex HeaderLine();
}
