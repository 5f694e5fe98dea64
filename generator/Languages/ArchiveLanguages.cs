using Lingua;

namespace SdgArchive.Languages;

/// <summary>One language the archive holds: its BCP 47 code, its names and how Lingua knows it (null when it does not).</summary>
public sealed record ArchiveLanguage(string Code, string EnglishName, string NativeName, Language? Lingua, bool RightToLeft = false);

/// <summary>
/// The languages the archive plausibly holds, measured over the full archive by stop-words and script (see
/// ../shared/README.md): English ~89 %, Spanish ~508 documents, French ~363, Portuguese ~52, Serbian/Croatian/Bosnian
/// ~35, Russian/Ukrainian ~6, Turkish ~5, Arabic and Sorani Kurdish ~3, one Khmer, one Indonesian, one Georgian
/// document, Chinese in a few titles. Detection chooses among these only: with all of Lingua's 79 languages, short
/// Spanish answers came out as Galician-like Catalan or Italian, and English form text as Latin or Tagalog.
/// </summary>
public static class ArchiveLanguages
{
    public static IReadOnlyList<ArchiveLanguage> All { get; } =
    [
        new("en", "English", "English", Language.English),
        new("es", "Spanish", "español", Language.Spanish),
        new("fr", "French", "français", Language.French),
        new("pt", "Portuguese", "português", Language.Portuguese),
        new("sr", "Serbian", "srpski", Language.Serbian),
        new("hr", "Croatian", "hrvatski", Language.Croatian),
        new("bs", "Bosnian", "bosanski", Language.Bosnian),
        new("ru", "Russian", "русский", Language.Russian),
        new("uk", "Ukrainian", "українська", Language.Ukrainian),
        new("tr", "Turkish", "Türkçe", Language.Turkish),
        new("ar", "Arabic", "العربية", Language.Arabic, RightToLeft: true),
        // Lingua has no Kurdish or Khmer model: these two are recognised by their script (see ScriptRules).
        new("ckb", "Central Kurdish", "کوردی", null, RightToLeft: true),
        new("km", "Khmer", "ខ្មែរ", null),
        new("id", "Indonesian", "Bahasa Indonesia", Language.Indonesian),
        new("ka", "Georgian", "ქართული", Language.Georgian),
        new("zh", "Chinese", "中文", Language.Chinese),
    ];

    private static readonly Dictionary<string, ArchiveLanguage> ByCode =
        All.ToDictionary(l => l.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>The language of a BCP 47 tag's primary subtag (<c>es-MX</c> → Spanish), null when it is not one of the archive's.</summary>
    public static ArchiveLanguage? Find(string code) =>
        ByCode.GetValueOrDefault(code.Split('-')[0]);

    /// <summary>Languages written right to left, the archive's and the other common ones a tag may name.</summary>
    private static readonly HashSet<string> RightToLeftCodes =
        new(StringComparer.OrdinalIgnoreCase) { "ar", "ckb", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv", "syr" };

    /// <summary>Whether text in this language runs right to left (<c>dir="rtl"</c>).</summary>
    public static bool IsRightToLeft(string code) => RightToLeftCodes.Contains(code.Split('-')[0]);
}
