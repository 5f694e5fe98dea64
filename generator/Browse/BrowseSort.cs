using SdgArchive.Site;

namespace SdgArchive.Browse;

/// <summary>An order of the document listing: its URL segment, its label and how it orders documents.</summary>
public sealed record BrowseSort(string Segment, string Label, Func<IReadOnlyList<SiteDocument>, IReadOnlyList<SiteDocument>> Order)
{
    /// <summary>The site's order: newest first (documents are kept that way in the index).</summary>
    public static readonly BrowseSort Newest = new("newest", "Newest first", documents => documents);

    public static readonly BrowseSort Oldest = new("oldest", "Oldest first", documents => documents
        .OrderBy(d => d.Published ?? DateOnly.MaxValue).ThenBy(d => d.Title, StringComparer.Ordinal)
        .ThenBy(d => d.Slug, StringComparer.Ordinal).ToList());

    public static readonly BrowseSort Title = new("title", "Title A–Z", documents => documents
        .OrderBy(d => d.Title, StringComparer.OrdinalIgnoreCase).ThenBy(d => d.Title, StringComparer.Ordinal)
        .ThenBy(d => d.Slug, StringComparer.Ordinal).ToList());

    public static IReadOnlyList<BrowseSort> All { get; } = [Newest, Oldest, Title];
}
