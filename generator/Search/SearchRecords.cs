using System.Globalization;
using System.Text;
using SdgArchive.I18n;
using SdgArchive.Model;
using SdgArchive.Reading;
using SdgArchive.Site;
using SdgArchive.Syntax.Emails;

namespace SdgArchive.Search;

/// <summary>
/// The search records of a site, made from the model rather than from the rendered pages: pagefind no longer parses
/// 10,000 HTML pages to find the text it should index (issue 12: 38 s on the real archive), and the index holds the
/// lab's own words only: no badge text, no form prompts, no navigation, so result excerpts show what was written.
/// </summary>
public static class SearchRecords
{
    /// <summary>Facet names, in the order search.js shows them.</summary>
    public static readonly IReadOnlyList<string> FilterNames = ["type", "year", "sdg", "country", "method", "language"];

    /// <summary>
    /// One record per document, ordered by URL so the index is the same whatever order documents came in. Each is in
    /// its document's own language (stemmed by that language's rules, in that language's index); its facet values
    /// (types, goals, languages) are named in the interface's language, as the site's other pages name them.
    /// </summary>
    public static IReadOnlyList<SearchRecord> For(SiteIndex index, InterfaceStrings? strings = null)
    {
        var names = strings ?? InterfaceStrings.Without(new Diagnostics.DiagnosticBag());
        return index.Documents.AsParallel()
            .SelectMany(d => For(d, index.Urls.Base, names, index.Boilerplate, index.Texts))
            .OrderBy(r => r.Url, StringComparer.Ordinal).ThenBy(r => r.Language, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The document's record; and when a document not in Chinese or Japanese has some (a Chinese title), a second
    /// record holding just those characters, in the <c>zh</c> or <c>ja</c> index where they are segmented into words.
    /// That one has no facet values, so filter counts count each document once.
    /// </summary>
    public static IEnumerable<SearchRecord> For(SiteDocument document, string baseUrl, InterfaceStrings names,
        Boilerplate? boilerplate = null, DerivedTexts? texts = null)
    {
        var record = Record(document, baseUrl, names, boilerplate ?? Boilerplate.None, texts);
        if (record.Language is "zh" or "ja") { yield return record; yield break; }
        var runs = CjkRuns.Of(record.Content);
        if (runs.Length == 0) { yield return record; yield break; }
        yield return record with { Content = CjkRuns.Without(record.Content) };
        yield return record with
        {
            Content = runs, Language = CjkRuns.LanguageOf(runs),
            Filters = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal),
        };
    }

    private static SearchRecord Record(SiteDocument document, string baseUrl, InterfaceStrings names,
        Boilerplate boilerplate, DerivedTexts? texts)
    {
        var source = document.Source;
        var language = PagefindLanguage(document.Language);
        var types = Distinct(source.Types.Select(names.Type));
        // "lang": what the result's title and excerpt declare (the document's own language, as on its page).
        var meta = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["title"] = source.Title.Display, ["lang"] = document.Language };
        if (types.Count > 0) meta["type"] = string.Join(", ", types);
        var countries = Distinct(source.Countries);
        if (countries.Count > 0) meta["country"] = string.Join(", ", source.Countries);
        if (source.Year is int year) meta["year"] = year.ToString(CultureInfo.InvariantCulture);

        var filters = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["type"] = types,
            ["year"] = source.Year is int y ? [y.ToString(CultureInfo.InvariantCulture)] : [],
            ["sdg"] = source.Sdgs.Distinct().Order().Select(g => SdgFilterValue(g, names)).ToList(),
            ["country"] = countries,
            ["method"] = Distinct(source.Methods),
            ["language"] = [names.LanguageName(document.Language)],
        };
        foreach (var empty in filters.Where(f => f.Value.Count == 0).Select(f => f.Key).ToList()) filters.Remove(empty);

        var content = DerivedTexts.Make(texts, "search-words", source, boilerplate, "",
            () => Content(source, boilerplate));
        return new SearchRecord(SiteRelative(document.Url, baseUrl), content, language, meta, filters);
    }

    /// <summary>
    /// The language as pagefind names its indexes and picks its stemmer: the primary subtag, lower case
    /// ("pt-BR" → "pt", "zh-Hans" → "zh"), so variants of one language share one index.
    /// </summary>
    public static string PagefindLanguage(string code)
    {
        var primary = code.Split('-', '_')[0].Trim().ToLowerInvariant();
        return primary.Length is >= 2 and <= 3 && primary.All(char.IsAsciiLetterLower) ? primary : "unknown";
    }

    /// <summary>"13 · Climate action": readable in the facet list, and search.js sorts by the leading number.</summary>
    public static string SdgFilterValue(int goal, InterfaceStrings? names = null) =>
        goal.ToString(CultureInfo.InvariantCulture) + (goal is >= 1 and <= 17
            ? " · " + (names is null ? SdgCatalog.Get(goal).Name : names.Goal(goal)) : "");

    /// <summary>
    /// The title, then every answer's words as the reader saw them in the syntax tree, without the lines of the form
    /// itself, the title repeated or the navigation of a copied web page (see <see cref="Boilerplate.WithoutNavigation"/>);
    /// then the places and thematic areas, so "water Kenya" finds Kenyan documents about water (pagefind wants every
    /// word of a query in a result). E-mail addresses are masked.
    /// </summary>
    internal static string Content(ArchiveDocument document, Boilerplate? boilerplate = null)
    {
        boilerplate ??= Boilerplate.None;
        var text = new StringBuilder(document.Title.Display).Append(".\n");
        foreach (var section in document.Sections.Where(s => !s.IsTitle))
        {
            foreach (var item in section.Items.Where(i => i.IsAnswered))
            {
                var lines = boilerplate.WithoutNavigation(item.Text).Split('\n')
                    .Where(line => !FormPrompts.IsPrompt(line) && !Excerpts.RepeatsTitle(line, document.Title));
                var plain = TextRepair.CollapseWhitespace(EmailPrivacy.Plain(string.Join(' ', lines), FocalPointPolicy.Masked));
                if (plain.Length > 0) text.Append(plain).Append('\n');
            }
        }
        var places = Distinct(document.Countries.Concat(document.ThematicAreas));
        if (places.Count > 0) text.Append(string.Join(", ", places)).Append('.');
        return text.ToString().TrimEnd();
    }

    private static string SiteRelative(string url, string baseUrl) =>
        baseUrl.Length > 1 && url.StartsWith(baseUrl, StringComparison.Ordinal) ? "/" + url[baseUrl.Length..] : url;

    private static IReadOnlyList<string> Distinct(IEnumerable<string> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
