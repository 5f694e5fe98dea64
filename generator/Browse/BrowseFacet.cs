namespace SdgArchive.Browse;

/// <summary>
/// A filter of the document listing, backed by a taxonomy: each of its terms gets pre-rendered listing pages, so
/// filtering works without JavaScript.
/// </summary>
public sealed record BrowseFacet(string TaxonomyKey, string Label)
{
    /// <summary>
    /// Type, year, goal and country: the filters the issue asks for. Every document is in about five such pages (one type,
    /// one year, two goals, one country on average), which bounds the pages made: about 5 × documents ÷ page size × 3.
    /// </summary>
    public static IReadOnlyList<BrowseFacet> Standard { get; } =
    [
        new("types", "Type"), new("years", "Year"), new("sdgs", "Goal"), new("countries", "Country"),
        new("languages", "Language"),
    ];
}
