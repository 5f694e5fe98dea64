namespace SdgArchive.I18n;

/// <summary>
/// CLDR plural categories for whole numbers (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html):
/// English says "1 document", French "0 document" and "1 document", and French and Spanish have a "many" form for
/// millions ("1 000 000 de documents"). Languages without a rule here use English's.
/// </summary>
public static class PluralRules
{
    public static string Category(string language, long n) => language.Split('-')[0].ToLowerInvariant() switch
    {
        "fr" => n is 0 or 1 ? "one" : n != 0 && n % 1_000_000 == 0 ? "many" : "other",
        "es" or "pt" or "it" => n == 1 ? "one" : n != 0 && n % 1_000_000 == 0 ? "many" : "other",
        "ja" or "zh" or "ko" or "id" or "km" => "other",
        _ => n == 1 ? "one" : "other",
    };
}
