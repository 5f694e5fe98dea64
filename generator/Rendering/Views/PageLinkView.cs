namespace SdgArchive.Rendering.Views;

/// <summary>One entry of a listing's page links: a page (the current one has no link) or a gap (no URL, "…").</summary>
public sealed record PageLinkView(string Name, string? Url, bool Current)
{
    /// <summary>Pages linked on each side of the current one.</summary>
    public const int Around = 2;

    /// <summary>
    /// The links of page <paramref name="page"/> of a listing whose pages are at <paramref name="urls"/>: the first and
    /// the last, the <see cref="Around"/> pages either side of the current one, and a gap for the rest. Linking every
    /// page made each page of a 200-page listing carry 200 links: a wall of numbers on a phone, and at 10,000
    /// documents the quadratic part of the build (every page's links rendered, and serialized into its key).
    /// </summary>
    public static IReadOnlyList<PageLinkView> Window(int page, IReadOnlyList<string> urls)
    {
        var last = urls.Count;
        var shown = new SortedSet<int> { 1, last };
        for (var p = Math.Max(1, page - Around); p <= Math.Min(last, page + Around); p++) shown.Add(p);
        // A gap that would hide a single page shows that page instead: "…" is no shorter than "2".
        foreach (var (a, b) in shown.Zip(shown.Skip(1)).ToList())
            if (b - a == 2) shown.Add(a + 1);
        var links = new List<PageLinkView>();
        var previous = 0;
        foreach (var p in shown)
        {
            if (p - previous > 1) links.Add(new("…", null, false));
            links.Add(new(p.ToString(System.Globalization.CultureInfo.InvariantCulture), p == page ? null : urls[p - 1],
                p == page));
            previous = p;
        }
        return links;
    }
}
