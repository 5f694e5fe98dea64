using System.Globalization;
using SdgArchive.Languages;
using SdgArchive.Model;
using SdgArchive.Site;

namespace SdgArchive.I18n;

/// <summary>
/// The names the interface gives to what the site groups documents by, in the interface language: taxonomies, goals,
/// document types and languages. Terms the archive's authors wrote (countries, methods, themes) keep their own words.
/// A name no strings file has falls back to the English one the site model carries.
/// </summary>
public static class InterfaceNames
{
    public static string Taxonomy(this InterfaceStrings strings, Taxonomy taxonomy) =>
        strings.Optional($"taxonomy.{taxonomy.Key}") ?? taxonomy.Name;

    public static string Goal(this InterfaceStrings strings, int number) =>
        strings.Optional($"sdg.{number.ToString(CultureInfo.InvariantCulture)}") ?? SdgCatalog.Get(number).Name;

    public static string GoalLabel(this InterfaceStrings strings, int number) =>
        $"{number.ToString(CultureInfo.InvariantCulture)}. {strings.Goal(number)}";

    public static string Type(this InterfaceStrings strings, string type) =>
        strings.Optional($"type.{type.ToLowerInvariant()}") ?? DocumentTypes.Name(type);

    public static string LanguageName(this InterfaceStrings strings, string code) =>
        strings.Optional($"languagename.{code.ToLowerInvariant()}")
        ?? strings.Optional($"languagename.{code.Split('-')[0].ToLowerInvariant()}")
        ?? ArchiveLanguages.Find(code)?.EnglishName ?? code;

    /// <summary>A term as the interface shows it: goals, types and languages translated, everything else as written.</summary>
    public static string Term(this InterfaceStrings strings, Term term) => term.Taxonomy.Key switch
    {
        "sdgs" when int.TryParse(term.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 17 => strings.GoalLabel(n),
        "types" => strings.Type(term.Key),
        "languages" => strings.LanguageName(term.Key),
        _ => term.Name,
    };

    /// <summary>A document's types in the interface language (<c>Plan d'apprentissage, Blog</c>).</summary>
    public static string Types(this InterfaceStrings strings, SiteDocument document) =>
        document.Source.Types.Count > 0 ? string.Join(", ", document.Source.Types.Select(strings.Type))
            : strings.Optional("document.untyped") ?? "Document";
}
