using System.Text.Json;
using Microsoft.Playwright;

namespace SdgArchive.SiteTests.Accessibility;

/// <summary>axe-core from the root package.json (node_modules, installed by <c>npm ci</c>) run inside a page.</summary>
internal static class Axe
{
    public static string ScriptPath => Path.Combine(RepoPaths.Root, "node_modules", "axe-core", "axe.min.js");

    /// <summary>Skips (or fails on CI) when <c>npm ci</c> has not been run.</summary>
    public static void Require()
    {
        if (!File.Exists(ScriptPath)) Prerequisites.Missing($"{ScriptPath} is missing: run npm ci in the repository root");
    }

    /// <summary>
    /// Every rule axe runs by default (WCAG 2.x A/AA and best practices). The page's context must bypass CSP: the
    /// script is added as an inline script tag, which the site's policy rightly refuses.
    /// </summary>
    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = ScriptPath });
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const results = await axe.run(document, { resultTypes: ['violations'] });
              return results.violations.map(v => ({
                id: v.id, impact: v.impact || 'minor', help: v.help, helpUrl: v.helpUrl,
                nodes: v.nodes.map(n => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary || '' })),
              }));
            }
            """);
        return violations.Deserialize<List<AxeViolation>>(JsonOptions)!;
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };
}

internal sealed record AxeViolation(string Id, string Impact, string Help, string HelpUrl, IReadOnlyList<AxeNode> Nodes)
{
    public bool IsSeriousOrCritical => Impact is "serious" or "critical";

    public override string ToString() =>
        $"[{Impact}] {Id}: {Help} ({HelpUrl})" + string.Concat(Nodes.Select(n =>
            $"\n    at {n.Target}\n      {Shorten(n.Html)}\n      {n.Summary.Replace("\n", "\n      ", StringComparison.Ordinal)}"));

    private static string Shorten(string html) => html.Length <= 200 ? html : html[..200] + "…";
}

internal sealed record AxeNode(string Target, string Html, string Summary);
