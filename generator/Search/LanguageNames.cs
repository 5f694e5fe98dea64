namespace SdgArchive.Search;

/// <summary>
/// Names of the archive's languages for the search page's language facet, each in its own language (how a reader
/// looks for it): the generator runs with invariant globalization, so .NET's culture names are not available.
/// </summary>
public static class LanguageNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["ar"] = "العربية", ["bs"] = "Bosanski", ["ckb"] = "کوردی", ["en"] = "English", ["es"] = "Español",
        ["fr"] = "Français", ["hr"] = "Hrvatski", ["id"] = "Bahasa Indonesia", ["ja"] = "日本語", ["ka"] = "ქართული",
        ["km"] = "ខ្មែរ", ["pt"] = "Português", ["ru"] = "Русский", ["sr"] = "Srpski", ["tr"] = "Türkçe",
        ["uk"] = "Українська", ["zh"] = "中文",
    };

    /// <summary>"Español" for <c>es</c>; the code itself for a language not in the list.</summary>
    public static string Name(string pagefindLanguage) => Names.GetValueOrDefault(pagefindLanguage, pagefindLanguage);
}
