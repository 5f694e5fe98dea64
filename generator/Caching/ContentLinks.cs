namespace SdgArchive.Caching;

/// <summary>
/// The internal links and files of a document's own text (its sanitized answer HTML), remembered in the cache so a
/// reused page's links are still checked and the images it shows are still published.
/// </summary>
public static class ContentLinks
{
    private static readonly string[] LinkAttributes = [" href=\"", " src=\""];

    /// <summary>Raw (still HTML-escaped) values of internal <c>href</c>/<c>src</c> attributes, as the link checker reads them.</summary>
    public static IEnumerable<string> Internal(string html)
    {
        foreach (var attribute in LinkAttributes)
            foreach (var value in Values(html, attribute))
                if (value.Length > 0 && value[0] == '/' && !value.StartsWith("//", StringComparison.Ordinal)) yield return value;
    }

    /// <summary>Site-relative files under <paramref name="folderUrl"/> (e.g. <c>/media/</c>) named by <c>src</c> or <c>srcset</c>.</summary>
    public static IEnumerable<string> FilesUnder(string html, string folderUrl, string baseUrl)
    {
        foreach (var value in Values(html, " src=\"").Concat(Values(html, " srcset=\"").SelectMany(s => s.Split(',').Select(c => c.Trim().Split(' ')[0]))))
            if (value.StartsWith(folderUrl, StringComparison.Ordinal)) yield return value[baseUrl.Length..];
    }

    /// <summary>Markup the link checker reads the same way it reads a rendered page.</summary>
    public static string AsMarkup(IEnumerable<string> links) => string.Concat(links.Select(l => $" href=\"{l}\""));

    private static IEnumerable<string> Values(string html, string attribute)
    {
        for (var at = html.IndexOf(attribute, StringComparison.Ordinal); at >= 0; at = html.IndexOf(attribute, at, StringComparison.Ordinal))
        {
            var start = at + attribute.Length;
            var end = html.IndexOf('"', start);
            if (end < 0) yield break;
            yield return html[start..end];
            at = end;
        }
    }
}
