using System.Collections.Concurrent;
using SdgArchive.Diagnostics;

namespace SdgArchive.Output;

/// <summary>
/// Checks every internal <c>href</c> and <c>src</c> of the rendered pages against the files written. Links are
/// collected while rendering (one scan over markup the site itself produced) instead of re-parsing pages.
/// </summary>
public sealed class LinkChecker(string basePath)
{
    private readonly ConcurrentBag<(string Page, string[] Targets)> _links = [];
    // A site of 20,000 pages holds over a million links to a few thousand addresses: keep each address once.
    private readonly ConcurrentDictionary<string, string> _addresses = new(StringComparer.Ordinal);
    private int _count;

    public void Collect(string pageFile, string html)
    {
        var targets = new HashSet<string>(StringComparer.Ordinal);
        var lookup = _addresses.GetAlternateLookup<ReadOnlySpan<char>>();
        // A plain scan instead of a regex: this runs over every page the build writes. The attribute's name is looked
        // for and the space before it checked after: a search anchors on the needle's first and last characters, and
        // with " href=\"" both are everywhere in HTML (the scan was 3.1 % of the core build's samples at 10,000
        // held-out documents). The matches are the same: the quote that ended the last value is never that space.
        foreach (var attribute in (ReadOnlySpan<string>)["href=\"", "src=\""])
        {
            for (var at = html.IndexOf(attribute, StringComparison.Ordinal); at >= 0; at = html.IndexOf(attribute, at, StringComparison.Ordinal))
            {
                if (at == 0 || html[at - 1] != ' ') { at += attribute.Length; continue; }
                var start = at + attribute.Length;
                var end = html.IndexOf('"', start);
                if (end < 0) break;
                if (end > start && html[start] == '/')
                {
                    var url = html.AsSpan(start, end - start);
                    if (IsInternal(url))
                    {
                        if (url.Contains('&')) url = System.Net.WebUtility.HtmlDecode(url.ToString());
                        if (!lookup.TryGetValue(url, out var address)) address = _addresses.GetOrAdd(url.ToString(), static a => a);
                        targets.Add(address);
                    }
                }
                at = end;
            }
        }
        Interlocked.Add(ref _count, targets.Count);
        _links.Add((pageFile, targets.ToArray()));
    }

    /// <summary>Distinct internal links per page, summed over pages.</summary>
    public int LinkCount => _count;

    public void Check(StagingFolder output, DiagnosticBag diagnostics) => Check(output.Contains, output.Target, diagnostics);

    /// <summary>Checks the pages collected against files that <paramref name="exists"/> (site-relative paths) in <paramref name="outputFolder"/>.</summary>
    public void Check(Func<string, bool> exists, string outputFolder, DiagnosticBag diagnostics)
    {
        var missing = _addresses.Keys.Where(a => !Exists(exists, a)).ToHashSet(StringComparer.Ordinal);
        var broken = _links
            .SelectMany(l => l.Targets.Where(missing.Contains).Select(t => (Page: l.Page, Target: t)))
            .Distinct()
            .OrderBy(l => l.Page, StringComparer.Ordinal).ThenBy(l => l.Target, StringComparer.Ordinal);
        foreach (var (page, target) in broken)
            diagnostics.Report(new(PagePath(outputFolder, page), 0, 0), Severity.Warning, DiagnosticCodes.BrokenLink, $"link to \"{target}\" points to no page or file of the site");
    }

    private static bool IsInternal(ReadOnlySpan<char> url) => url.Length > 0 && url[0] == '/' && !url.StartsWith("//");

    /// <summary>How a broken link's diagnostic names the page: <c>public/documents/x/index.html</c>.</summary>
    public static string PagePath(string outputFolder, string pageFile) => $"{Path.GetFileName(Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar))}/{pageFile}";

    private bool Exists(Func<string, bool> exists, string url)
    {
        var path = url.Split('#', 2)[0].Split('?', 2)[0];
        path = Uri.UnescapeDataString(path);
        if (!path.StartsWith(basePath, StringComparison.Ordinal)) return false;
        path = path[basePath.Length..];
        if (path.Length == 0 || path.EndsWith('/')) return exists(path + "index.html");
        return exists(path) || exists(path + "/index.html");
    }
}
