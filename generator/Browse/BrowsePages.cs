using System.Globalization;
using SdgArchive.I18n;
using SdgArchive.Rendering;
using SdgArchive.Rendering.Views;
using SdgArchive.Site;

namespace SdgArchive.Browse;

/// <summary>
/// The pages of <c>/documents/</c>: every document in three orders, and each facet term's documents in the same three
/// orders, paginated. Facet values link to their pages, so browsing needs no JavaScript; <c>browse.js</c> adds
/// combined filters where it runs.
/// </summary>
public sealed class BrowsePages(SiteIndex index, ViewFactory views)
{
    private readonly BrowseUrls _urls = new(index.Urls.Base);
    private InterfaceStrings Strings => views.Strings;

    /// <summary>A facet's name in the interface language (the singular of its taxonomy: Type, Year, Goal…).</summary>
    private string Label(BrowseFacet facet) => Strings.Optional($"browse.facet_{facet.TaxonomyKey}") ?? facet.Label;
    private int PageSize => Math.Max(1, index.Settings.PageSize);

    public string DocumentsUrl => _urls.Documents;

    /// <param name="wanted">
    /// The addresses to make (all when null): serve's refresh wants the few pages that show an edited document, and the
    /// facet lists of every other page are not built (at 10,000 documents they are most of the work).
    /// </param>
    public IEnumerable<(string Url, string Title, BrowseView View)> All(Func<string, bool>? wanted = null)
    {
        wanted ??= _ => true;
        var facets = Facets().ToList();
        var facetViews = new Lazy<IReadOnlyList<FacetView>>(() =>
            facets.Select(f => FacetView(f.Facet, f.Taxonomy, current: null)).ToList());
        foreach (var page in List(null, null, index.Documents, Strings.Text("browse.all"), facetViews, null, wanted))
            yield return page;
        foreach (var (facet, taxonomy) in facets)
        {
            foreach (var term in taxonomy.Alphabetical)
            {
                var filter = new FilterView(Label(facet), Strings.Term(term), _urls.Documents);
                var views = new Lazy<IReadOnlyList<FacetView>>(() =>
                    facets.Select(f => FacetView(f.Facet, f.Taxonomy, f.Facet == facet ? term : null)).ToList());
                var heading = $"{Label(facet)}: {Strings.Term(term)}";
                foreach (var page in List(taxonomy.Taxonomy.Segment, term.Slug, term.Documents, heading, views, filter,
                    wanted))
                    yield return page;
            }
        }
    }

    private IEnumerable<(BrowseFacet Facet, TaxonomyIndex Taxonomy)> Facets() =>
        BrowseFacet.Standard.Select(f => (Facet: f, Taxonomy: index.Taxonomies.FirstOrDefault(t => t.Taxonomy.Key == f.TaxonomyKey)))
            .Where(f => f.Taxonomy is { ByCount.Count: > 0 })
            .Select(f => (f.Facet, f.Taxonomy!));

    private FacetView FacetView(BrowseFacet facet, TaxonomyIndex taxonomy, Term? current) => new(
        facet.TaxonomyKey, Label(facet),
        taxonomy.Alphabetical.Select(t => new ChoiceView(Strings.Term(t), _urls.Page(taxonomy.Taxonomy.Segment, t.Slug, BrowseSort.Newest, 1),
            t.Count, ReferenceEquals(t, current), t.Key)).ToList());

    private IEnumerable<(string Url, string Title, BrowseView View)> List(string? segment, string? slug,
        IReadOnlyList<SiteDocument> documents, string heading, Lazy<IReadOnlyList<FacetView>> facets,
        FilterView? filter, Func<string, bool> wanted)
    {
        var pageCount = Math.Max(1, (documents.Count + PageSize - 1) / PageSize);
        foreach (var sort in BrowseSort.All)
        {
            var pages = Enumerable.Range(1, pageCount).Select(p => _urls.Page(segment, slug, sort, p)).ToList();
            if (!pages.Any(wanted)) continue;
            var ordered = sort.Order(documents);
            var sorts = BrowseSort.All.Select(s => new ChoiceView(Strings.Text($"browse.sort_{s.Segment}"), _urls.Page(segment, slug, s, 1), 0, s == sort, s.Segment)).ToList();
            for (var page = 1; page <= pageCount; page++)
            {
                if (!wanted(pages[page - 1])) continue;
                var cards = ordered.Skip((page - 1) * PageSize).Take(PageSize).Select(views.Summary).ToList();
                var view = new BrowseView(heading, documents.Count, page, pageCount, cards, PageLinkView.Window(page, pages),
                    page > 1 ? pages[page - 2] : null, page < pageCount ? pages[page] : null,
                    sorts, facets.Value, filter, index.Urls.BrowseJson);
                var order = Strings.Text($"browse.sort_{sort.Segment}").ToLowerInvariant();
                var title = pageCount > 1 ? Strings.Text("browse.title_page", null, heading, order, page, pageCount)
                    : sort == BrowseSort.Newest ? heading : Strings.Text("browse.title_sort", null, heading, order);
                yield return (pages[page - 1], title, view);
            }
        }
    }
}
