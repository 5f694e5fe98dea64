using SdgArchive.Caching;
using System.Globalization;
using System.Text;

namespace SdgArchive.Reading;

/// <summary>URL path segments from titles and tag values: ASCII-folded, lower case, hyphenated, at most ~80 characters.</summary>
public static class Slugs
{
    public const int MaxLength = 80;

    /// <summary>A slug for <paramref name="text"/>, or null when the text has no Latin letters or digits to make one from.</summary>
    public static string? TryCreate(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var ch in Fold(text))
        {
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && builder.Length > 0) builder.Append('-');
                builder.Append(ch);
                pendingHyphen = false;
            }
            else if (ch is >= 'A' and <= 'Z')
            {
                if (pendingHyphen && builder.Length > 0) builder.Append('-');
                builder.Append(char.ToLowerInvariant(ch));
                pendingHyphen = false;
            }
            else if (ch != '\'' && ch != '’')
            {
                pendingHyphen = true;
            }
        }
        var slug = Shorten(builder.ToString());
        // Too little Latin text (a Cyrillic title folds to almost nothing) is not a readable slug.
        return slug.Length >= 2 && slug.Any(char.IsLetterOrDigit) ? slug : null;
    }

    /// <summary>Always a slug: from the text, else the fallback text, else a short hash with <paramref name="prefix"/>.</summary>
    public static string Create(string text, string? fallback, string prefix) =>
        TryCreate(text) ?? (fallback is null ? null : TryCreate(fallback)) ?? $"{prefix}-{ShortHash(text)}";

    public static string ShortHash(string text) =>
        ContentHash.Of(text)[..8];

    private static string Shorten(string slug)
    {
        if (slug.Length <= MaxLength) return slug;
        var cut = slug.LastIndexOf('-', MaxLength);
        return (cut > MaxLength / 2 ? slug[..cut] : slug[..MaxLength]).TrimEnd('-');
    }

    private static IEnumerable<char> Fold(string text)
    {
        foreach (var ch in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue; // decomposed accents
            if (ch == '&') { foreach (var c in " and ") yield return c; continue; }
            if (LatinFold.Of(ch) is { } plain) { foreach (var c in plain) yield return c; continue; }
            yield return ch;
        }
    }
}
