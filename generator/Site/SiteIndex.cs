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
    /// <summary>The sentences the archive repeats from document to document (form text, copied site navigation).</summary>
    public Boilerplate Boilerplate { get; }
    public IReadOnlyList<TaxonomyIndex> Taxonomies { get; }
    public IReadOnlyList<Location> Locations { get; }
    private readonly Dictionary<SiteDocument, List<Term>> _termsByDocument = new(ReferenceEqualityComparer.Instance);

    /// <summary>Where excerpts and search words made before are kept (null: made every time).</summary>
    public DerivedTexts? Texts { get; }

    public SiteIndex(IReadOnlyList<ArchiveDocument> documents, SiteSettings settings, DerivedTexts? texts = null)
    {
        Texts = texts;
        Settings = settings;
        Urls = new SiteUrls(settings.BaseUrl);
        var newest = documents
            .OrderByDescending(d => d.Date ?? (d.Year is { } y ? new DateOnly(y, 1, 1) : DateOnly.MinValue))
            .ThenBy(d => d.Title.Display, StringComparer.Ordinal).ThenBy(d => d.Slug, StringComparer.Ordinal)
            .ToList();
        Boilerplate = Boilerplate.From(newest);
        // The costly part of enrich, kept between builds (see DerivedTexts).
        var excerpts = newest.AsParallel().AsOrdered().Select(d => DerivedTexts.Make(texts, "excerpts", d, Boilerplate,
            settings.FocalPoints.ToString(), () => Excerpts.For(d, Boilerplate, settings.FocalPoints))).ToList();
        Documents = newest.Select((d, i) => new SiteDocument(d, Urls.Document(d.Slug), excerpts[i], i)
            { Language = d.Language.Or(settings.Language) }).ToList();
        foreach (var document in Documents) _termsByDocument[document] = [];
        // A taxonomy the settings add but no document uses (gender on the seeds) gets no empty page or menu entry.
        Taxonomies = Site.Taxonomy.For(settings).Select(BuildTaxonomy)
            .Where(t => t.ByCount.Count > 0 || Site.Taxonomy.Standard.Contains(t.Taxonomy)).ToList();
        Locations = BuildLocations();
    }

    /// <summary>
    /// True when <paramref name="after"/> would sit where <paramref name="before"/> sits in every list of the site: same
    /// file, address, title and dates (the order of "newest"), the same terms in every taxonomy and the same places. Then
    /// only its own page and the places that show its excerpt can look different (see <see cref="Replacing"/>).
    /// </summary>
    public bool KeepsItsPlace(ArchiveDocument before, ArchiveDocument after) =>
        before.SourcePath == after.SourcePath && before.Slug == after.Slug && before.Title.Display == after.Title.Display
        && before.Date == after.Date && before.Year == after.Year
        && Site.Taxonomy.For(Settings).All(t => t.TermsOf(before).SequenceEqual(t.TermsOf(after), StringComparer.Ordinal))
        && PlaceKeys(before).SequenceEqual(PlaceKeys(after), StringComparer.Ordinal);

    private static IEnumerable<string> PlaceKeys(ArchiveDocument document) =>
        document.Places.Select(p => $"{p.Name}\t{p.DisplayName}\t{p.Country?.IsoNumeric}\t{string.Join(' ', p.Points.Select(Exact))}")
            .Append(string.Join(' ', document.UnplacedPoints.Select(Exact)));

    private static string Exact(GeoPoint point) => FormattableString.Invariant($"{point.Lat:R},{point.Lng:R}");

    /// <summary>
    /// The index with one document's text replaced (serve, after an edit that <see cref="KeepsItsPlace"/>): terms,
    /// listings, locations and related lists keep their order, so only references are swapped, instead of enriching
    /// every document again. Returns the new index and the document as it now appears in it.
    /// </summary>
    public (SiteIndex Index, SiteDocument Document) Replacing(SiteDocument old, ArchiveDocument source)
    {
        if (!KeepsItsPlace(old.Source, source)) throw new ArgumentException("the edit moves the document in the site's lists", nameof(source));
        var replacement = new SiteDocument(source, old.Url, Excerpts.For(source, Boilerplate, Settings.FocalPoints), old.NewestRank)
            { Language = source.Language.Or(Settings.Language) };
        return (new SiteIndex(this, old, replacement), replacement);
    }

    private SiteIndex(SiteIndex from, SiteDocument old, SiteDocument replacement)
    {
        Settings = from.Settings;
        Urls = from.Urls;
        Boilerplate = from.Boilerplate;
        Texts = from.Texts;
        SiteDocument Swap(SiteDocument d) => ReferenceEquals(d, old) ? replacement : d;
        IReadOnlyList<SiteDocument> SwapIn(IReadOnlyList<SiteDocument> list) => list.Any(d => ReferenceEquals(d, old)) ? list.Select(Swap).ToList() : list;

        Documents = from.Documents.Select(Swap).ToList();
        var terms = new Dictionary<Term, Term>(ReferenceEqualityComparer.Instance);
        foreach (var term in from._termsByDocument[old]) terms[term] = term with { Documents = SwapIn(term.Documents) };
        Term SwapTerm(Term t) => terms.GetValueOrDefault(t) ?? t;
        Taxonomies = from.Taxonomies.Select(t => t with { ByCount = t.ByCount.Select(SwapTerm).ToList(), Alphabetical = t.Alphabetical.Select(SwapTerm).ToList() }).ToList();
        foreach (var (document, list) in from._termsByDocument)
            _termsByDocument[Swap(document)] = list.Any(terms.ContainsKey) ? list.Select(SwapTerm).ToList() : list;
        Locations = from.Locations.Select(l => l.Documents.Any(d => ReferenceEquals(d, old)) ? l with { Documents = SwapIn(l.Documents) } : l).ToList();
        // Related lists depend on terms only, which did not change.
        foreach (var (document, related) in from._related) _related[Swap(document)] = SwapIn(related);
    }

    public IReadOnlyList<Term> TermsOf(SiteDocument document) => _termsByDocument[document];

    public IEnumerable<Term> TermsOf(SiteDocument document, string taxonomyKey) =>
        _termsByDocument[document].Where(t => t.Taxonomy.Key == taxonomyKey);

    public TaxonomyIndex Taxonomy(string key) => Taxonomies.First(t => t.Taxonomy.Key == key);

    /// <summary>Computed once per document (the build cache keys pages by them before the page itself shows them).</summary>
    public IReadOnlyList<SiteDocument> Related(SiteDocument document) =>
        _related.GetOrAdd(document, d => RelatedDocuments.For(d, TermsOf(d)));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<SiteDocument, IReadOnlyList<SiteDocument>> _related = new(ReferenceEqualityComparer.Instance);

    private TaxonomyIndex BuildTaxonomy(Taxonomy taxonomy)
    {
        var spellings = new List<string>();
        var documentsByKey = new Dictionary<string, List<SiteDocument>>(StringComparer.Ordinal);
        foreach (var document in Documents)
        {
            foreach (var value in taxonomy.TermsOf(document.Source).Distinct(StringComparer.Ordinal))
            {
                spellings.Add(value);
                var key = TermKey.Of(value);
                if (!documentsByKey.TryGetValue(key, out var list)) documentsByKey[key] = list = [];
                if (list.Count == 0 || !ReferenceEquals(list[^1], document)) list.Add(document);
            }
        }

        var names = TermCatalog.DisplayNames(spellings).ToDictionary(kv => kv.Key, kv => DisplayName(taxonomy, kv.Value), StringComparer.Ordinal);
        var slugs = TermCatalog.Slugs(names.ToDictionary(kv => kv.Key, kv => TermSlugSource(taxonomy, kv.Value, kv.Key), StringComparer.Ordinal));
        var terms = new List<Term>();
        foreach (var (key, documents) in documentsByKey.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var term = new Term(taxonomy, key, names[key], slugs[key], Urls.Term(taxonomy, slugs[key]), documents);
            terms.Add(term);
            foreach (var document in documents) _termsByDocument[document].Add(term);
        }

        var alphabetical = taxonomy.Key is "sdgs" or "years"
            ? terms.OrderBy(t => int.Parse(t.Key, CultureInfo.InvariantCulture) * (taxonomy.Key == "years" ? -1 : 1)).ToList()
            : terms.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
        var rank = new Dictionary<Term, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < alphabetical.Count; i++) rank[alphabetical[i]] = i;
        var byCount = terms.OrderByDescending(t => t.Count).ThenBy(t => rank[t]).ToList();
        return new TaxonomyIndex(taxonomy, Urls.Taxonomy(taxonomy), byCount, alphabetical);
    }

    private static string DisplayName(Taxonomy taxonomy, string value) => taxonomy.Key switch
    {
        "sdgs" => SdgCatalog.Get(int.Parse(value, CultureInfo.InvariantCulture)).Label,
        "types" => DocumentTypes.Name(value),
        "languages" => SdgArchive.Languages.ArchiveLanguages.Find(value)?.EnglishName ?? value,
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
