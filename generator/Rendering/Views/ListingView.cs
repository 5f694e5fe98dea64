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
    IReadOnlyList<PageLinkView> Pages,
    string? PrevUrl,
    string? NextUrl,
    SdgBadgeView? Sdg,
    string LocatorMapHtml);

/// <summary>A taxonomy's overview: every term with its count, by count and A–Z.</summary>
public sealed record TaxonomyView(string Name, string Singular, IReadOnlyList<LinkView> ByCount, IReadOnlyList<LinkView> Alphabetical)
{
    /// <summary>The taxonomy's key (<c>sdgs</c>, <c>countries</c>…): templates choose the SDG grid or the A–Z layout by it.</summary>
    public string Key { get; init; } = "";
    /// <summary>For the goals: all 17, with their counts (goals no document names are shown, without a link).</summary>
    public IReadOnlyList<GoalTileView> Goals { get; init; } = [];
    /// <summary>The terms by first letter, for the A–Z jumps of a large taxonomy.</summary>
    public IReadOnlyList<LetterGroupView> Letters { get; init; } = [];
    /// <summary>For countries: tagged places that are not countries (Null Island, a region), listed apart.</summary>
    public IReadOnlyList<LinkView> NotCountries { get; init; } = [];
    /// <summary>For countries: the countries by UN M49 region and sub-region, in place of the A–Z groups.</summary>
    public IReadOnlyList<RegionGroupView> Regions { get; init; } = [];
}

/// <summary>An M49 region of the countries index (Africa…): its name, its heading's anchor, its sub-regions.</summary>
public sealed record RegionGroupView(string Name, string Id, IReadOnlyList<LetterGroupView> SubRegions);

/// <summary>One goal of the SDG index: number and name apart, so nothing is numbered twice.</summary>
public sealed record GoalTileView(int Number, string Name, int Count, string? Url);

/// <summary>
/// The terms starting with one letter (<c>#</c> for digits and other scripts), or of one sub-region of the countries
/// index, with the anchor of its heading.
/// </summary>
public sealed record LetterGroupView(string Letter, string Id, IReadOnlyList<LinkView> Terms);

public sealed record HomeView(int DocumentCount, int CountryCount, int YearCount, string YearRange, IReadOnlyList<DocumentSummaryView> Newest, IReadOnlyList<LinkView> Taxonomies, IReadOnlyList<LinkView> Types);

public sealed record MapView(IReadOnlyList<LocationView> Locations, IReadOnlyList<LinkView> Countries, string MapHtml, int PointCount);

public sealed record LocationView(string Name, string? CountryUrl, string Coordinates, int Count, IReadOnlyList<LinkView> Documents);

public sealed record ContentPageView(string Title, string BodyHtml)
{
    /// <summary>The language the page is written in (detected; the site's when too short to tell).</summary>
    public string Language { get; init; } = "en";
}
