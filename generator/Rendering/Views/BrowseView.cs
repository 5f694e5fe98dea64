namespace SdgArchive.Rendering.Views;

/// <summary>One page of the document listing: a filter (or none), an order, a page of document cards.</summary>
public sealed record BrowseView(
    string Heading,
    int Count,
    int Page,
    int PageCount,
    IReadOnlyList<DocumentSummaryView> Documents,
    IReadOnlyList<PageLinkView> Pages,
    string? PrevUrl,
    string? NextUrl,
    IReadOnlyList<ChoiceView> Sorts,
    IReadOnlyList<FacetView> Facets,
    FilterView? Filter,
    string DataUrl);

/// <summary>A link that may be the current choice (an order, a facet's term).</summary>
public sealed record ChoiceView(string Name, string Url, int Count, bool Current, string Value = "");

/// <summary>One filter with its values, each linking to its pre-rendered listing.</summary>
public sealed record FacetView(string Key, string Label, IReadOnlyList<ChoiceView> Values);

/// <summary>The filter a listing page applies, with the address that removes it.</summary>
public sealed record FilterView(string Label, string Value, string ClearUrl);
