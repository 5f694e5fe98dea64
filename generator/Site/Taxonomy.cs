using SdgArchive.Model;

namespace SdgArchive.Site;

/// <summary>A way of grouping documents (SDGs, methods, countries…): its URL segment, names and how to read its terms off a document.</summary>
public sealed record Taxonomy(string Key, string Segment, string Name, string Singular, Func<ArchiveDocument, IEnumerable<string>> TermsOf)
{
    public static IReadOnlyList<Taxonomy> Standard { get; } =
    [
        new("sdgs", "sdgs", "Sustainable Development Goals", "Goal", d => d.Sdgs.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        new("types", "types", "Types", "Type", d => d.Types),
        new("countries", "countries", "Countries", "Country", d => d.Countries),
        new("years", "years", "Years", "Year", d => d.Year is { } y ? [y.ToString(System.Globalization.CultureInfo.InvariantCulture)] : []),
        new("methods", "methods", "Methods", "Method", d => d.Methods),
        new("datasources", "data-sources", "Data sources", "Data source", d => d.DataSources),
        new("thematic_areas", "thematic-areas", "Thematic areas", "Thematic area", d => d.ThematicAreas),
    ];

    /// <summary>
    /// Documents by their language (see <c>Languages/LanguageDetection</c>); one too short to tell counts in the site's
    /// language, the one its page declares. Regions are one language here: <c>pt-BR</c> is listed under Portuguese.
    /// </summary>
    public static Taxonomy Languages(SiteSettings settings) =>
        new("languages", "languages", "Languages", "Language", d => [d.Language.Or(settings.Language).Split('-')[0].ToLowerInvariant()]);

    /// <summary>The standard taxonomies, the languages, then any other tag key the settings name (gender, continent…).</summary>
    public static IReadOnlyList<Taxonomy> For(SiteSettings settings) =>
        Standard.Append(Languages(settings)).Concat(settings.ExtraTaxonomies
                .Where(key => Standard.All(t => t.Key != key)
                              && key is not ("focal_point" or "latlng" or "country" or "type" or "year" or "date" or "language" or "languages"))
                .Select(key => new Taxonomy(key, Reading.Slugs.Create(key, null, "tag"), Humanize(key), Humanize(key), d => d.TagValues(key))))
            .ToList();

    private static string Humanize(string key)
    {
        var words = key.Replace('_', ' ').Trim();
        return words.Length == 0 ? key : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
