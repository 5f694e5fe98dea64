using SdgArchive.Map;
using System.Diagnostics;
using Scriban.Runtime;
using SdgArchive.Cards;
using SdgArchive.Diagnostics;
using SdgArchive.Images;
using SdgArchive.Model;
using SdgArchive.Output;
using SdgArchive.Publishing;
using SdgArchive.Reading;
using SdgArchive.Rendering;
using SdgArchive.Search;
using SdgArchive.Rendering.Views;
using SdgArchive.Site;

namespace SdgArchive.Build;

/// <summary>
/// The build, as named stages in a fixed order: read → enrich → render → write → check → swap.
/// Every stage reports into one diagnostics bag; only the swap touches the real output folder.
/// </summary>
public sealed class SiteBuilder(BuildOptions options)
{
    private readonly List<StageTiming> _stages = [];

    public BuildResult Build()
    {
        var diagnostics = new DiagnosticBag();
        var settings = SiteSettings.Load(options.Content, diagnostics);
        if (options.BaseUrl is { } baseUrl) settings = settings.WithBaseUrl(baseUrl);

        var documents = Stage("read", () => ArchiveReader.ReadFolder(options.Source, diagnostics), d => d.Count);
        var index = Stage("enrich", () => new SiteIndex(documents, settings), i => i.Documents.Count);
        var maps = Stage("map", () => LoadMaps(index, documents, diagnostics), m => m?.Locations.Count ?? 0);

        var output = new StagingFolder(options.Output);
        var pageCount = 0;
        try
        {
            var sanitizer = new HtmlFragmentSanitizer();
            var markdown = new MarkdownRenderer(sanitizer, settings.BaseUrl);
            var images = new DocumentImages(
                new ImagePipeline(new ImagePipelineOptions { BaseUrl = settings.BaseUrl, CacheDirectory = options.Cache }, new StagingOutputSink(output)),
                options.Source, options.Content, diagnostics, options.Source.TrimEnd('/', '\\'));
            var views = new ViewFactory(index, markdown, images);
            var assets = new AssetPipeline(options.Templates, settings.BaseUrl, output);
            var engine = new TemplateEngine(options.Templates, diagnostics, TemplateFunctions.Create(assets));
            var links = new LinkChecker(settings.BaseUrl);
            var site = SiteViewFor(index, assets);
            var pages = new PageRenderer(engine, output, links, site);

            using var cards = options.Cards ? SocialCards.Open(options.Cache, index.Settings, output, diagnostics) : null;
            pageCount = Stage("render", () => RenderPages(index, views, markdown, pages, diagnostics, maps, assets, cards), n => n);
            Stage("write", () => { WriteData(index, output, pages.Urls); return 5; }, n => n);
            Stage("check", () => { links.Check(output, diagnostics); return links.LinkCount; }, n => n);
            if (cards is not null) cards.Report(options.Source);
            if (options.Search)
                Stage("search", () => new PagefindIndexer(ProjectRoot.Find()).Index(output.Root, diagnostics)?.Pages ?? 0, n => n);
            else
                diagnostics.Report(new(options.Output, 0, 0), Severity.Warning, DiagnosticCodes.SearchSkipped,
                    "search index not built (--no-search): the search page will say that search is unavailable");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(new(options.Output, 0, 0), Severity.Error, DiagnosticCodes.Internal, $"could not write the site: {ex.Message}");
        }

        // --no-search is the user's own choice, not a problem with the input: warned about, never a --strict failure.
        var failed = diagnostics.HasErrors || (options.Strict && diagnostics.Sorted().Any(d => d.Severity == Severity.Warning
            && d.Code != DiagnosticCodes.SearchSkipped && !settings.WarningsNotAsErrors.Contains(d.Code)));
        if (failed) output.Abandon(); else output.Commit();
        return new BuildResult(!failed, pageCount, documents.Count, diagnostics, _stages);
    }

    private int RenderPages(SiteIndex index, ViewFactory views, MarkdownRenderer markdown, PageRenderer pages, DiagnosticBag diagnostics, SiteMaps? maps, AssetPipeline assets, SocialCards? cards)
    {
        var placeholderAlts = 0;
        var unsafeUrls = 0;
        var urls = index.Urls;
        var home = new LinkView("Home", urls.Home);

        // Document pages: the bulk of the work, rendered in parallel and written as soon as each is done.
        Parallel.ForEach(index.Documents, document =>
        {
            var (view, stats) = views.Document(document, maps?.DocumentLocator(document) ?? "");
            Interlocked.Add(ref placeholderAlts, stats.PlaceholderAltTexts);
            Interlocked.Add(ref unsafeUrls, stats.UnsafeUrlsRemoved);
            var firstType = index.TermsOf(document, "types").FirstOrDefault();
            var crumbs = new List<LinkView> { home };
            if (firstType is not null) crumbs.Add(new LinkView(firstType.Name, firstType.Url));
            var meta = Meta(index, view.Title, document.Excerpt, document.Url, crumbs, "document") with
            {
                OgType = "article", Searchable = true, OgImage = cards?.Publish(document),
            };
            pages.Render(new PageJob(document.Url, "pages/document.sbn", meta, new Dictionary<string, object?> { ["doc"] = view }));
        });

        var jobs = new List<PageJob>
        {
            new(urls.Home, "pages/home.sbn", Meta(index, index.Settings.Title, index.Settings.Description, urls.Home, [], "home"),
                new Dictionary<string, object?> { ["home"] = views.Home() }),
            new(urls.Search, "pages/search.sbn", Meta(index, "Search", "Search every document of the archive.", urls.Search, [home], "search"),
                new Dictionary<string, object?>()),
            new(urls.Map, "pages/map.sbn", Meta(index, "Map", "Where the archive's work happens: every location and its documents.", urls.Map, [home], "map"),
                new Dictionary<string, object?> { ["map"] = views.Map(maps?.MapPage(assets.Url("map.js"), assets.Url("map.css")) ?? "") }),
        };
        foreach (var taxonomy in index.Taxonomies)
        {
            jobs.Add(new(taxonomy.Url, "pages/taxonomy.sbn",
                Meta(index, taxonomy.Taxonomy.Name, $"All {taxonomy.Taxonomy.Name.ToLowerInvariant()} in the archive with their number of documents.", taxonomy.Url, [home], "taxonomy"),
                new Dictionary<string, object?> { ["taxonomy"] = views.Overview(taxonomy) }));
            foreach (var term in taxonomy.ByCount)
                foreach (var (view, url) in views.TermPages(term, maps?.TermLocator(term) ?? ""))
                {
                    var title = view.PageCount > 1 ? $"{view.Name} (page {view.Page} of {view.PageCount})" : view.Name;
                    var meta = Meta(index, title, $"{view.Count} documents of the archive tagged {view.Name}.", url, [home, new LinkView(taxonomy.Taxonomy.Name, taxonomy.Url)], "term")
                        with { PrevUrl = view.PrevUrl, NextUrl = view.NextUrl };
                    jobs.Add(new(url, "pages/term.sbn", meta, new Dictionary<string, object?> { ["term"] = view }));
                }
        }
        jobs.AddRange(ContentPages(index, markdown, home));
        Parallel.ForEach(jobs, pages.Render);
        pages.RenderNotFound(Meta(index, "Page not found", "This page does not exist.", urls.Base + "404.html", [home], "not-found"));

        if (placeholderAlts > 0)
            diagnostics.Report(new(options.Source, 0, 0), Severity.Info, DiagnosticCodes.MissingAltText, $"{placeholderAlts} images carry the placeholder alt text \"{MarkdownRenderer.PlaceholderAlt}\" and are published as images without a description");
        if (unsafeUrls > 0)
            diagnostics.Report(new(options.Source, 0, 0), Severity.Info, DiagnosticCodes.UnsafeHtmlRemoved, $"{unsafeUrls} unsafe link or image addresses (javascript:, data:text/html…) were removed");
        return pages.Count;
    }

    private IEnumerable<PageJob> ContentPages(SiteIndex index, MarkdownRenderer markdown, LinkView home)
    {
        if (!Directory.Exists(options.Content)) yield break;
        foreach (var file in Directory.EnumerateFiles(options.Content, "*.md").Order(StringComparer.Ordinal))
        {
            var name = Slugs.Create(Path.GetFileNameWithoutExtension(file), null, "page");
            var text = File.ReadAllText(file).Replace("\r\n", "\n");
            var lines = text.Split('\n');
            var titleLine = Array.FindIndex(lines, l => l.StartsWith("# ", StringComparison.Ordinal));
            var title = titleLine >= 0 ? lines[titleLine][2..].Trim() : name;
            var body = titleLine >= 0 ? string.Join('\n', lines.Where((_, i) => i != titleLine)) : text;
            var url = $"{index.Urls.Base}{name}/";
            var fragment = markdown.Render(body, minHeadingLevel: 2);
            yield return new PageJob(url, "pages/content.sbn", Meta(index, title, Excerpts.Shorten(Excerpts.PlainText(body), 160), url, [home], "content"),
                new Dictionary<string, object?> { ["content_page"] = new ContentPageView(title, fragment.Html) });
        }
    }

    private static void WriteData(SiteIndex index, StagingFolder output, IEnumerable<string> pageUrls)
    {
        var urls = index.Urls;
        output.WriteBytes(urls.FileFor(urls.DocumentsJson), DocumentsJson.Write(index));
        output.WriteBytes(urls.FileFor(urls.LocationsGeoJson), LocationsGeoJson.Write(index));
        output.WriteBytes(urls.FileFor(urls.Feed), AtomFeed.Write(index));
        output.WriteBytes(urls.FileFor(urls.Sitemap), Sitemap.Write(index.Settings, pageUrls));
        output.WriteText("robots.txt", Sitemap.RobotsTxt(index.Settings, urls));
    }

    private static PageMeta Meta(SiteIndex index, string title, string description, string url, IReadOnlyList<LinkView> crumbs, string kind) =>
        new(title, description, url, index.Settings.AbsoluteUrl(url), crumbs, Kind: kind);

    /// <summary>The maps need world-atlas from node_modules (npm ci); without it the site builds with a warning and no maps.</summary>
    private SiteMaps? LoadMaps(SiteIndex index, IReadOnlyList<ArchiveDocument> documents, DiagnosticBag diagnostics)
    {
        var start = Path.GetFullPath(options.Templates);
        var world = SiteMaps.TryLoadAtlas(start);
        var detailed = SiteMaps.TryLoadAtlas(start, WorldAtlas.DetailedFile);
        if (world is null || detailed is null)
        {
            diagnostics.Report(new SourceSpan(WorldAtlas.WorldFile, 0, 0), Severity.Warning, DiagnosticCodes.MapShapesMissing,
                "world-atlas shapes not found (run `npm ci`): the site is built without maps");
            return null;
        }
        new PointChecks(detailed).Check(documents, diagnostics);
        return new SiteMaps(index, world);
    }

    private SiteView SiteViewFor(SiteIndex index, AssetPipeline assets)
    {
        var urls = index.Urls;
        var scripts = new List<string>();
        if (options.LiveReload) scripts.Add("/__sdg/reload.js");
        return new SiteView(index.Settings.Title, index.Settings.Description, index.Settings.Language, urls.Base, urls.Home, urls.Map,
            urls.About, urls.Search, urls.Feed, urls.DocumentsJson, urls.LocationsGeoJson,
            index.Taxonomies.Select(t => new LinkView(t.Taxonomy.Name, t.Url, t.ByCount.Count)).ToList(),
            assets.Url("site.css"), scripts);
    }

    private T Stage<T>(string name, Func<T> run, Func<T, int> count)
    {
        var clock = Stopwatch.StartNew();
        var result = run();
        _stages.Add(new StageTiming(name, clock.Elapsed, count(result)));
        return result;
    }
}
