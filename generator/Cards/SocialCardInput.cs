using SdgArchive.Caching;
using SdgArchive.Model;
using SdgArchive.Site;

namespace SdgArchive.Cards;

/// <summary>Everything a card shows. Two equal inputs give byte-identical PNGs, so this is also the cache key.</summary>
public sealed record SocialCardInput(
    string Title, IReadOnlyList<string> Types, IReadOnlyList<string> Countries, int? Year, IReadOnlyList<int> Sdgs, string SiteName)
{
    public static SocialCardInput From(ArchiveDocument document, string siteName) => new(
        document.Title.Display,
        // Display names ("Learning plan"), as the page shows them, not the raw tag value ("learningplan").
        document.Types.Select(DocumentTypes.Name).Distinct(StringComparer.Ordinal).ToList(),
        document.Countries.ToList(),
        document.Year,
        document.Sdgs.Where(g => g is >= 1 and <= 17).Distinct().ToList(),
        siteName);

    /// <summary>The renderer version and the whole input serialized, hashed: no field is listed by hand.</summary>
    public string CacheKey(string rendererVersion) => ContentHash.OfValue(rendererVersion, this);

    // Records compare lists by reference; cards compare by content.
    public bool Equals(SocialCardInput? other) => other is not null && CacheKey("") == other.CacheKey("");
    public override int GetHashCode() => CacheKey("").GetHashCode(StringComparison.Ordinal);
}
