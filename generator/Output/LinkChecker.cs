using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using SdgArchive.Diagnostics;

namespace SdgArchive.Output;

/// <summary>
/// Checks every internal <c>href</c> and <c>src</c> of the rendered pages against the files written. Links are
/// collected while rendering (one regex pass over markup the site itself produced) instead of re-parsing pages.
/// </summary>
public sealed partial class LinkChecker(string basePath)
{
    private readonly ConcurrentBag<(string Page, string Target)> _links = [];

    public void Collect(string pageFile, string html)
    {
        foreach (Match match in Attribute().Matches(html))
        {
            var url = System.Net.WebUtility.HtmlDecode(match.Groups[2].Value);
            if (IsInternal(url)) _links.Add((pageFile, url));
        }
    }

    public int LinkCount => _links.Count;

    public void Check(StagingFolder output, DiagnosticBag diagnostics)
    {
        var broken = _links
            .Where(l => !Exists(output, l.Target))
            .Distinct()
            .OrderBy(l => l.Page, StringComparer.Ordinal).ThenBy(l => l.Target, StringComparer.Ordinal);
        foreach (var (page, target) in broken)
            diagnostics.Report(new($"{Path.GetFileName(output.Target)}/{page}", 0, 0), Severity.Warning, DiagnosticCodes.BrokenLink, $"link to \"{target}\" points to no page or file of the site");
    }

    private bool IsInternal(string url)
    {
        if (url.Length == 0 || url[0] == '#' || url.StartsWith("//", StringComparison.Ordinal)) return false;
        if (url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.Contains("://", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase)) return false;
        return url.StartsWith('/');
    }

    private bool Exists(StagingFolder output, string url)
    {
        var path = url.Split('#', 2)[0].Split('?', 2)[0];
        path = Uri.UnescapeDataString(path);
        if (!path.StartsWith(basePath, StringComparison.Ordinal)) return false;
        path = path[basePath.Length..];
        if (path.Length == 0 || path.EndsWith('/')) return output.Contains(path + "index.html");
        return output.Contains(path) || output.Contains(path + "/index.html");
    }

    [GeneratedRegex(@"\s(href|src)=""([^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex Attribute();
}
