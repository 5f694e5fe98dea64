using System.Globalization;
using System.Security.Cryptography;
using System.Text;
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

    /// <summary>SHA-256 over a length-prefixed serialization of every field and the renderer version (hex, lower case).</summary>
    public string CacheKey(string rendererVersion)
    {
        var text = new StringBuilder();
        void Field(string value) => text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('\n');
        Field(rendererVersion);
        Field(Title);
        Field(string.Join('\u001f', Types));
        Field(string.Join('\u001f', Countries));
        Field(Year?.ToString(CultureInfo.InvariantCulture) ?? "");
        Field(string.Join(',', Sdgs.Select(g => g.ToString(CultureInfo.InvariantCulture))));
        Field(SiteName);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    // Records compare lists by reference; cards compare by content.
    public bool Equals(SocialCardInput? other) => other is not null && CacheKey("") == other.CacheKey("");
    public override int GetHashCode() => CacheKey("").GetHashCode(StringComparison.Ordinal);
}
