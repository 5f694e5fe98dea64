using SdgArchive.Browse;
using SdgArchive.Collections;
using SdgArchive.Diagnostics;
using SdgArchive.I18n;
using SdgArchive.Map;
using SdgArchive.Output;
using SdgArchive.Publishing.Citations;
using SdgArchive.Reading;
using SdgArchive.Rendering;
using SdgArchive.Rendering.Jobs;
using SdgArchive.Rendering.Views;
using SdgArchive.Site;
using SdgArchive.Fragments;

namespace SdgArchive.Build;

/// <summary>
/// Every page of the site as a typed job, made from the enriched index: the one place that decides each page's
/// address, title, description, breadcrumbs and view. Rendering and caching take the jobs from here.
/// </summary>
public sealed class PageJobs(SiteIndex index, ViewFactory views)
{
    private SiteUrls Urls => index.Urls;
    /// <summary>The interface's words (titles, descriptions, breadcrumbs) in the site's language.</summary>
    private InterfaceStrings Strings => views.Strings;
    private LinkView Home => new(Strings.Text("nav.home"), Urls.Home);

    public HomePageJob HomePage() =>
        new(Urls.Home, Meta(index.Settings.Title, index.Settings.Description, Urls.Home, [], "home"), views.Home());

    public SearchPageJob SearchPage() =>
        new(Urls.Search, Meta(Strings.Text("search.title"), Strings.Text("search.description"), Urls.Search, [Home], "search"));

    /// <summary>
    /// The map page, keyed by what its fragment is made from: the markers are laid out only when its job is made
    /// (when the page is not reused), with words looked up from strings that record the keys read in the page's log
    /// (type and goal names are looked up while the map is drawn).
    /// </summary>
    public KeyedPage MapPage(SiteMaps? maps, AssetPipeline assets)
    {
        var inputs = maps?.MapPage(assets.Url("map.js"), assets.Url("map.css"), Urls.Map, $"{Urls.Base}documents/");
        MapPageJob Job(string html) =>
            new(Urls.Map, Meta(Strings.Text("map.title"), Strings.Text("map.description"), Urls.Map, [Home], "map"),
                views.Map(html));
        var unlaid = Job("");
        return new KeyedPage(Urls.Map, new MapPageInputs(unlaid, inputs), reads => inputs is null ? unlaid
            : Job((inputs with { Text = MapStrings.Text(Strings.RecordingInto(reads)) }).Render()));
    }

    public TaxonomyPageJob TaxonomyPage(TaxonomyIndex taxonomy) =>
        new(taxonomy.Url, Meta(Strings.Taxonomy(taxonomy.Taxonomy),
            Strings.Text("taxonomy.description", null, Strings.Taxonomy(taxonomy.Taxonomy)), taxonomy.Url, [Home], "taxonomy"),
            views.Overview(taxonomy));

    /// <summary>The listing pages of one term (several when it has more documents than a page holds).</summary>
    public IEnumerable<TermPageJob> TermPages(TaxonomyIndex taxonomy, Term term, SiteMaps? maps)
    {
        foreach (var (view, url) in views.TermPages(term, maps?.TermLocator(term) ?? ""))
        {
            var title = view.PageCount > 1 ? Strings.Text("term.title_page", null, view.Name, view.Page, view.PageCount) : view.Name;
            var meta = Meta(title, Strings.Count("term.description", view.Count, null, view.Name), url,
                [Home, new LinkView(Strings.Taxonomy(taxonomy.Taxonomy), taxonomy.Url)], "term") with { PrevUrl = view.PrevUrl, NextUrl = view.NextUrl };
            yield return new TermPageJob(url, meta, view);
        }
    }

    /// <summary>
    /// The pages of <c>/documents/</c> (every document and each facet term's, in each order, paginated); only those at
    /// the <paramref name="wanted"/> addresses when given.
    /// </summary>
    public IEnumerable<BrowsePageJob> BrowsePages(Func<string, bool>? wanted = null) =>
        new BrowsePages(index, views).All(wanted).Select(p => new BrowsePageJob(p.Url,
            Meta(p.Title, Strings.Count("browse.description", p.View.Count, null, p.View.Heading), p.Url, [Home], "browse")
                with { PrevUrl = p.View.PrevUrl, NextUrl = p.View.NextUrl },
            p.View));

    /// <summary>
    /// The collections of <c>content/collections/</c>: an index, a page each (introduction, map, cards) and a feed each.
    /// </summary>
    public CollectionPages Collections(string contentFolder, MarkdownRenderer markdown, SiteMaps? maps, DiagnosticBag diagnostics)
    {
        var collections = ResolvedCollection.Resolve(CollectionReader.ReadFolder(contentFolder, diagnostics), index, diagnostics);
        if (collections.Count == 0) return CollectionPages.None;
        var indexUrl = $"{Urls.Base}collections/";
        var links = new List<CollectionLinkView>();
        var jobs = new List<PageJob>();
        var feeds = new List<CollectionFeed>();
        foreach (var collection in collections)
        {
            var title = collection.Collection.Title;
            var introduction = markdown.Render(collection.Collection.Introduction, minHeadingLevel: 2);
            feeds.Add(CollectionFeed.Of(Urls.FileFor(collection.FeedUrl), index.Settings,
                $"{title} · {index.Settings.Title}", collection.FeedUrl, collection.Url, collection.Documents));
            var view = new CollectionView(title, introduction.Html, collection.Documents.Count,
                collection.Documents.Select(views.Summary).ToList(),
                maps?.CollectionLocator(collection.Documents, title) ?? "", collection.FeedUrl, indexUrl);
            var summary = TextShortening.AtWordBoundary(Excerpts.PlainText(collection.Collection.Introduction), 200);
            links.Add(new CollectionLinkView(title, collection.Url, collection.Documents.Count, summary));
            var description = summary.Length > 0 ? summary : Strings.Count("collection.description", collection.Documents.Count);
            jobs.Add(new CollectionPageJob(collection.Url,
                Meta(title, description, collection.Url, [Home, new LinkView(Strings.Text("nav.collections"), indexUrl)], "collection"), view));
        }
        jobs.Add(new CollectionsIndexPageJob(indexUrl,
            Meta(Strings.Text("nav.collections"), Strings.Text("collections.description"), indexUrl, [Home], "collections"),
            new CollectionsIndexView(links)));
        return new CollectionPages(jobs, feeds);
    }

    /// <summary>A document's page from its view (rendering the view is the costly part: the caller does it when the page is not reused).</summary>
    public DocumentPageJob DocumentPage(SiteDocument document, DocumentView view, string? cardUrl)
    {
        var crumbs = new List<LinkView> { Home };
        if (index.TermsOf(document, "types").FirstOrDefault() is { } firstType) crumbs.Add(new LinkView(Strings.Term(firstType), firstType.Url));
        var meta = Meta(view.Title, document.Excerpt, document.Url, crumbs, "document") with
        {
            TitleLanguage = document.Language,
            OgType = "article", Searchable = true, OgImage = cardUrl,
            HeadTags = HighwireTags.For(Citation.For(document, index.Settings)),
        };
        return new DocumentPageJob(document.Url, meta, view);
    }

    /// <summary>The Markdown pages of the content folder (<c>about.md</c> → <c>/about/</c>), titled by their first heading.</summary>
    public IEnumerable<ContentPageJob> ContentPages(string contentFolder, MarkdownRenderer markdown)
    {
        if (!Directory.Exists(contentFolder)) yield break;
        // The folder's own pages only: a page linked to a file outside it is not read (reported by the engine's check).
        foreach (var file in Security.SourceBoundary.Files(contentFolder).Where(f => !f.Contains('/') && f.EndsWith(".md", StringComparison.Ordinal))
            .Select(f => Path.Combine(contentFolder, f)))
        {
            var name = Slugs.Create(Path.GetFileNameWithoutExtension(file), null, "page");
            var text = File.ReadAllText(file).Replace("\r\n", "\n");
            var lines = text.Split('\n');
            var titleLine = Array.FindIndex(lines, l => l.StartsWith("# ", StringComparison.Ordinal));
            var title = titleLine >= 0 ? lines[titleLine][2..].Trim() : name;
            var body = titleLine >= 0 ? string.Join('\n', lines.Where((_, i) => i != titleLine)) : text;
            var url = $"{Urls.Base}{name}/";
            var fragment = markdown.Render(body, minHeadingLevel: 2);
            yield return new ContentPageJob(url, Meta(title, TextShortening.AtWordBoundary(Excerpts.PlainText(body), 160), url, [Home], "content"),
                // The site's own pages are content too: they declare the language they are written in.
                new ContentPageView(title, fragment.Html)
                {
                    Language = Languages.LanguageDetection.FromText(Excerpts.PlainText(text)).Or(index.Settings.Language),
                });
        }
    }

    public NotFoundPageJob NotFoundPage() => new(Urls.Base + NotFoundPageJob.File,
        Meta(Strings.Text("not_found.title"), Strings.Text("not_found.description"), Urls.Base + NotFoundPageJob.File, [Home], "not-found"));

    private PageMeta Meta(string title, string description, string url, IReadOnlyList<LinkView> crumbs, string kind) =>
        new(title, description, url, index.Settings.AbsoluteUrl(url), crumbs, Kind: kind);
}
