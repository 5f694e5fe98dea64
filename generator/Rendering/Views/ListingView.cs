namespace SdgArchive.Rendering.Views;

/// <summary>One page of a term's documents.</summary>
public sealed record TermPageView(
    string TaxonomyName,
    string TaxonomyUrl,
    string Name,
    int Count,
    int Page,
    int PageCount,
    IReadOnlyList<DocumentSummaryView> Documents,
    IReadOnlyList<LinkView> Pages,
    string? PrevUrl,
    string? NextUrl,
    SdgBadgeView? Sdg,
    string LocatorMapHtml);

/// <summary>A taxonomy's overview: every term with its count, by count and A–Z.</summary>
public sealed record TaxonomyView(string Name, string Singular, IReadOnlyList<LinkView> ByCount, IReadOnlyList<LinkView> Alphabetical);

public sealed record HomeView(int DocumentCount, int CountryCount, int YearCount, string YearRange, IReadOnlyList<DocumentSummaryView> Newest, IReadOnlyList<LinkView> Taxonomies, IReadOnlyList<LinkView> Types);

public sealed record MapView(IReadOnlyList<LocationView> Locations, IReadOnlyList<LinkView> Countries, string MapHtml, int PointCount);

public sealed record LocationView(string Name, string? CountryUrl, string Coordinates, int Count, IReadOnlyList<LinkView> Documents);

public sealed record ContentPageView(string Title, string BodyHtml)
{
    /// <summary>The language the page is written in (detected; the site's when too short to tell).</summary>
    public string Language { get; init; } = "en";
}
