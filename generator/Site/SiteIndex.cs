using System.Globalization;
using SdgArchive.Model;
using SdgArchive.Reading;

namespace SdgArchive.Site;

/// <summary>
/// The enrich stage: everything the pages need that spans documents (terms, listings, locations), computed once from
/// the immutable documents.
/// </summary>
public sealed class SiteIndex
{
    public SiteSettings Settings { get; }
    public SiteUrls Urls { get; }
    /// <summary>All documents, newest first (then by title and slug).</summary>
    public IReadOnlyList<SiteDocument> Documents { get; }
    public IReadOnlyList<TaxonomyIndex> Taxonomies { get; }
    public IReadOnlyList<Location> Locations { get; }
    private readonly Dictionary<SiteDocument, List<Term>> _termsByDocument = new(ReferenceEqualityComparer.Instance);

    public SiteIndex(IReadOnlyList<ArchiveDocument> documents, SiteSettings settings)
    {
        Settings = settings;
        Urls = new SiteUrls(settings.BaseUrl);
        Documents = documents
            .OrderByDescending(d => d.Date ?? (d.Year is { } y ? new DateOnly(y, 1, 1) : DateOnly.MinValue))
            .ThenBy(d => d.Title.Display, StringComparer.Ordinal).ThenBy(d => d.Slug, StringComparer.Ordinal)
            .Select((d, i) => new SiteDocument(d, Urls.Document(d.Slug), Excerpts.For(d), i))
            .ToList();
        foreach (var document in Documents) _termsByDocument[document] = [];
        Taxonomies = Site.Taxonomy.For(settings).Select(BuildTaxonomy).ToList();
        Locations = BuildLocations();
    }

    public IReadOnlyList<Term> TermsOf(SiteDocument document) => _termsByDocument[document];

    public IEnumerable<Term> TermsOf(SiteDocument document, string taxonomyKey) =>
        _termsByDocument[document].Where(t => t.Taxonomy.Key == taxonomyKey);

    public TaxonomyIndex Taxonomy(string key) => Taxonomies.First(t => t.Taxonomy.Key == key);

    public IReadOnlyList<SiteDocument> Related(SiteDocument document) => RelatedDocuments.For(document, TermsOf(document), TermsOf);

    private TaxonomyIndex BuildTaxonomy(Taxonomy taxonomy)
    {
        var groups = new Dictionary<string, (List<string> Spellings, List<SiteDocument> Documents)>(StringComparer.Ordinal);
        foreach (var document in Documents)
        {
            foreach (var value in taxonomy.TermsOf(document.Source).Distinct(StringComparer.Ordinal))
            {
                var key = TermKey.Of(value);
                if (!groups.TryGetValue(key, out var group)) groups[key] = group = ([], []);
                group.Spellings.Add(value);
                if (group.Documents.Count == 0 || !ReferenceEquals(group.Documents[^1], document)) group.Documents.Add(document);
            }
        }

        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var terms = new List<Term>();
        foreach (var (key, group) in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var name = DisplayName(taxonomy, TermNames.MostFrequentSpelling(group.Spellings));
            var baseSlug = Slugs.Create(TermSlugSource(taxonomy, name, key), null, "term");
            var slug = baseSlug;
            for (var n = 2; !slugs.Add(slug); n++) slug = $"{baseSlug}-{n}";
            var term = new Term(taxonomy, key, name, slug, Urls.Term(taxonomy, slug), group.Documents);
            terms.Add(term);
            foreach (var document in group.Documents) _termsByDocument[document].Add(term);
        }

        var alphabetical = taxonomy.Key is "sdgs" or "years"
            ? terms.OrderBy(t => int.Parse(t.Key, CultureInfo.InvariantCulture) * (taxonomy.Key == "years" ? -1 : 1)).ToList()
            : terms.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
        var byCount = terms.OrderByDescending(t => t.Count).ThenBy(t => alphabetical.IndexOf(t)).ToList();
        return new TaxonomyIndex(taxonomy, Urls.Taxonomy(taxonomy), byCount, alphabetical);
    }

    private static string DisplayName(Taxonomy taxonomy, string value) => taxonomy.Key switch
    {
        "sdgs" => SdgCatalog.Get(int.Parse(value, CultureInfo.InvariantCulture)).Label,
        "types" => DocumentTypes.Name(value),
        _ => value,
    };

    private static string TermSlugSource(Taxonomy taxonomy, string name, string key) =>
        taxonomy.Key == "sdgs" ? $"{key}-{SdgCatalog.Get(int.Parse(key, CultureInfo.InvariantCulture)).Name}" : name;

    private IReadOnlyList<Location> BuildLocations()
    {
        var countries = Taxonomy("countries");
        var byPoint = new SortedDictionary<string, (GeoPoint Point, Place Place, List<SiteDocument> Documents)>(StringComparer.Ordinal);
        foreach (var document in Documents)
            foreach (var place in document.Source.Places)
                foreach (var point in place.Points)
                {
                    if (!byPoint.TryGetValue(point.Key, out var entry)) byPoint[point.Key] = entry = (point, place, []);
                    if (!entry.Documents.Contains(document)) entry.Documents.Add(document);
                }
        return byPoint.Values.Select(e =>
        {
            var term = countries.Alphabetical.FirstOrDefault(t => t.Key == TermKey.Of(e.Place.DisplayName));
            return new Location(e.Point, term?.Name ?? e.Place.DisplayName, e.Place.Country, term?.Url, e.Documents);
        }).ToList();
    }
}
