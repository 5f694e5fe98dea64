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

    /// <summary>The standard taxonomies plus any other tag key the settings name (gender, continent…).</summary>
    public static IReadOnlyList<Taxonomy> For(SiteSettings settings) =>
        Standard.Concat(settings.ExtraTaxonomies
                .Where(key => Standard.All(t => t.Key != key) && key is not ("focal_point" or "latlng" or "country" or "type" or "year" or "date"))
                .Select(key => new Taxonomy(key, Reading.Slugs.Create(key, null, "tag"), Humanize(key), Humanize(key), d => d.TagValues(key))))
            .ToList();

    private static string Humanize(string key)
    {
        var words = key.Replace('_', ' ').Trim();
        return words.Length == 0 ? key : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
