using System.Text.RegularExpressions;

namespace SdgArchive.Languages;

/// <summary>Reads the value of a <c>[[language:xx]]</c> tag: a BCP 47 tag (<c>es</c>, <c>pt-BR</c>) or a language's name.</summary>
public static partial class LanguageTag
{
    /// <summary>The normalised tag (primary subtag lower case, region upper case), or null when the value names no language.</summary>
    public static string? Normalise(string value)
    {
        var text = value.Trim().Replace('_', '-');
        var named = ArchiveLanguages.All.FirstOrDefault(l =>
            l.EnglishName.Equals(text, StringComparison.OrdinalIgnoreCase) || l.NativeName.Equals(text, StringComparison.OrdinalIgnoreCase));
        if (named is not null) return named.Code;
        if (!Bcp47().IsMatch(text)) return null;
        var parts = text.Split('-');
        parts[0] = parts[0].ToLowerInvariant();
        for (var i = 1; i < parts.Length; i++)
            parts[i] = parts[i].Length switch
            {
                2 => parts[i].ToUpperInvariant(), // region: pt-BR
                4 => char.ToUpperInvariant(parts[i][0]) + parts[i][1..].ToLowerInvariant(), // script: sr-Latn
                _ => parts[i].ToLowerInvariant(),
            };
        return string.Join('-', parts);
    }

    // Language (2–3 letters), then optional script, region and variants: what <html lang> accepts in practice.
    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-[A-Za-z0-9]{5,8})*$")]
    private static partial Regex Bcp47();
}
