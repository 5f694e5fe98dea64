using SdgArchive.Map;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Scriban.Runtime;
using SdgArchive.Caching;
using SdgArchive.Cards;
using SdgArchive.Diagnostics;
using SdgArchive.Images;
using SdgArchive.Model;
using SdgArchive.Output;
using SdgArchive.Publishing;
using SdgArchive.Reading;
using SdgArchive.Rendering;
using SdgArchive.Project;
using SdgArchive.Search;
using SdgArchive.Rendering.Jobs;
using SdgArchive.Rendering.Views;
using SdgArchive.Progress;
using SdgArchive.Site;

namespace SdgArchive.Build;

/// <summary>
/// The build, as named stages in a fixed order: read → enrich → render → write → check → swap.
/// Every stage reports into one diagnostics bag; only the swap touches the real output folder.
/// Pages whose inputs are unchanged since the last build are reused from the output being replaced (see <see cref="BuildCache"/>).
/// </summary>
public sealed partial class SiteBuilder(BuildOptions options, IBuildProgress? progress = null)
{
    private readonly List<StageTiming> _stages = [];
    private readonly IBuildProgress _progress = progress ?? SilentProgress.Instance;

    public BuildResult Build()
    {
        // Nothing changed at all (every input file hashed): the output folder is already what this build would make.
        var upToDate = options.UseCache ? UpToDateCheck.For(options) : null;
        BuildResult? replay = null;
        Stage("inputs", () => replay = upToDate?.TryReplay(TimeSpan.Zero), r => r?.PageCount ?? 0, () => replay is null ? "pages (changed: building)" : "pages (up to date: nothing to do)");
        if (replay is not null) return replay with { Stages = _stages };

        var diagnostics = new DiagnosticBag();
        var documents = Stage("read", () => ArchiveReader.ReadFolder(options.Source, diagnostics).Select(d => d.WithoutBody()).ToList(), d => d.Count, "documents");
        return Build(documents, diagnostics, upToDate);
    }

    /// <summary>Builds from documents read before (serve re-reads only the files that changed); their diagnostics come along.</summary>
    public BuildResult Build(ReadArchive read)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(read.Diagnostics);
        return Build(read.Documents, diagnostics, null);
    }

    private BuildResult Build(IReadOnlyList<ArchiveDocument> documents, DiagnosticBag diagnostics, UpToDateCheck? upToDate)
    {
        var settings = SiteSettings.Load(options.Content, diagnostics);
        if (options.BaseUrl is { } baseUrl) settings = settings.WithBaseUrl(baseUrl);

        var index = Stage("enrich", () => new SiteIndex(documents, settings), i => i.Documents.Count, "documents");
        var maps = Stage("map", () => LoadMaps(index, documents, diagnostics), m => m?.Locations.Count ?? 0, "locations");

        var output = options.InPlace && Directory.Exists(options.Output) ? StagingFolder.InPlace(options.Output) : new StagingFolder(options.Output);
        var counts = new PageCounts();
        BuildCache? cache = null;
        RenderContext? rendered = null;
        try
        {
            var markdown = new MarkdownRenderer(new HtmlFragmentSanitizer(), settings.BaseUrl);
            var assets = new AssetPipeline(options.Templates, settings.BaseUrl, output);
            var engine = new TemplateEngine(options.Templates, diagnostics, TemplateFunctions.Create(assets));
            var site = SiteViewFor(index, assets);
            cache = OpenCache(engine, settings, site, maps is not null);
            if (maps is not null) cache.Inputs.Set(SiteMaps.AtlasInput, maps.AtlasHash);
            // Written in place, the folder stops matching the manifest as soon as the first page is written.
            if (output.IsInPlace) cache.Invalidate();
            if (upToDate is null) UpToDateCheck.ForgetOutput(options); // this build changes the folder the record describes

            using var cards = options.Cards ? SocialCards.Open(options.Cache, index.Settings, output, diagnostics) : null;
            var context = NewContext(index, markdown, engine, site, assets, maps, output, new LinkChecker(settings.BaseUrl), cache, diagnostics, cards);
            rendered = context;
            var links = context.Links;
            var pages = context.Pages;
            var expectedPages = index.Documents.Count + index.Taxonomies.Count + 3
                + index.Taxonomies.SelectMany(t => t.ByCount).Sum(t => (t.Count + Math.Max(1, settings.PageSize) - 1) / Math.Max(1, settings.PageSize));
            Stage("render", stage => { counts.Progress = stage; return RenderPages(context, counts); }, expectedPages,
                _ => counts.Rendered + counts.Reused, () => $"pages ({counts.Reused} reused)");
            Stage("write", () => { WriteData(index, output, pages.Urls.Concat(counts.ReusedUrls)); return 5; }, n => n, "files");
            Stage("check", () => { links.Check(output, diagnostics); return links.LinkCount; }, n => n, "links");
            if (cards is not null) cards.Report(options.Source);
            if (options.Search)
                Stage("search", () => IndexSearch(output, cache, counts, diagnostics, options.Templates), n => n, () => counts.SearchReused ? "pages (index reused)" : "pages");
            else
                diagnostics.Report(new(options.Output, 0, 0), Severity.Warning, DiagnosticCodes.SearchSkipped,
                    "search index not built (--no-search, or a serve preview): the search page says that search is unavailable");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(new(options.Output, 0, 0), Severity.Error, DiagnosticCodes.Internal, $"could not write the site: {ex.Message}");
        }

        var failed = Fails(diagnostics.Sorted(), settings);
        if (failed)
        {
            output.Abandon();
            // In place, what was written stays: the manifest of this build describes the folder now.
            if (output.IsInPlace) cache?.Save();
        }
        else
        {
            // The manifest describes the output folder: gone while the folders swap, written again right after.
            cache?.Invalidate();
            upToDate?.Forget();
            output.Commit();
            cache?.Save();
        }
        var result = new BuildResult(!failed, counts.Rendered + counts.Reused, documents.Count, diagnostics, _stages)
        {
            RenderedPages = counts.Rendered,
            ReusedPages = counts.Reused,
            RenderedUrls = counts.RenderedUrls.Order(StringComparer.Ordinal).ToList(),
            ReusedUrls = counts.ReusedUrls.Order(StringComparer.Ordinal).ToList(),
        };
        if (!failed) upToDate?.Save(result, result.RenderedUrls.Concat(result.ReusedUrls).Order(StringComparer.Ordinal).ToList());
        // Social cards and the search index are made for the whole site: a refresh of one page would leave them behind.
        if (!failed && rendered is not null && !options.Cards && !options.Search)
            _live = new LiveSite(rendered, diagnostics.Sorted(), result.PageCount, documents.Count);
        return result;
    }

    /// <summary>Errors fail a build; with --strict, warnings too, except the codes the settings exempt.</summary>
    private bool Fails(IReadOnlyList<Diagnostic> diagnostics, SiteSettings settings) =>
        diagnostics.Any(d => d.Severity == Severity.Error) || (options.Strict && diagnostics.Any(d => d.Severity == Severity.Warning
            // --no-search is the user's own choice, not a problem with the input: warned about, never a --strict failure.
            && d.Code != DiagnosticCodes.SearchSkipped && !settings.WarningsNotAsErrors.Contains(d.Code)));

    private BuildCache OpenCache(TemplateEngine engine, SiteSettings settings, SiteView site, bool hasMaps)
    {
        var fingerprint = BuildFingerprint.Compute(engine.Fingerprint, options.Templates, settings,
            $"search={options.Search}", $"cards={options.Cards}", $"live-reload={options.LiveReload}",
            $"source={options.Source}", $"content={options.Content}", $"maps={hasMaps}",
            // Site-wide values every page shows (navigation, asset URLs). Not the number of terms per taxonomy: the
            // layout does not show it, and a new term must not re-render every page.
            JsonSerializer.Serialize(site with { Taxonomies = site.Taxonomies.Select(t => t with { Count = 0 }).ToList() }));
        return BuildCache.ForOutput(options.Cache, options.Output, fingerprint, options.UseCache);
    }

    /// <summary>What the render stage needs; one per build (and one per serve refresh, sharing the parsed templates).</summary>
    private sealed record RenderContext(
        SiteIndex Index, ViewFactory Views, MarkdownRenderer Markdown, TemplateEngine Engine, SiteView Site, PageSink Pages,
        StagingFolder Output, LinkChecker Links, BuildCache Cache, DiagnosticBag Diagnostics, SiteMaps? Maps, AssetPipeline Assets,
        SocialCards? Cards, Func<DiagnosticBag, InputLog, DocumentImages> ImagesFor, string MediaUrl);

    private RenderContext NewContext(SiteIndex index, MarkdownRenderer markdown, TemplateEngine engine, SiteView site, AssetPipeline assets,
        SiteMaps? maps, StagingFolder output, LinkChecker links, BuildCache cache, DiagnosticBag diagnostics, SocialCards? cards)
    {
        var imageOptions = new ImagePipelineOptions { BaseUrl = index.Settings.BaseUrl, CacheDirectory = options.Cache };
        var imagePipeline = new ImagePipeline(imageOptions, new StagingOutputSink(output));
        return new RenderContext(index, new ViewFactory(index, markdown), markdown, engine, site, new PageSink(new PageRenderer(engine, site), output, links, diagnostics),
            output, links, cache, diagnostics, maps, assets, cards,
            (bag, reads) => new DocumentImages(imagePipeline, options.Source, options.Content, bag, options.Source.TrimEnd('/', '\\'), reads),
            $"{index.Settings.BaseUrl}{imageOptions.MediaFolder.Trim('/')}/");
    }

    /// <summary>Pages rendered and reused, counted across the parallel render loops.</summary>
    private sealed class PageCounts
    {
        private int _rendered;
        private int _reused;
        private int _placeholderAlts;
        private int _unsafeUrls;
        public ConcurrentBag<string> ReusedUrls { get; } = [];
        public IReadOnlyList<string> RenderedUrls { get; set; } = [];
        public ConcurrentBag<(string Path, string Key)> PageKeys { get; } = [];
        public int Rendered => _rendered;
        public int Reused => _reused;
        public int PlaceholderAlts => _placeholderAlts;
        public int UnsafeUrls => _unsafeUrls;
        public bool SearchReused { get; set; }
        public void AddRendered(int n) => Interlocked.Add(ref _rendered, n);
        /// <summary>The live display of the render stage, advanced page by page.</summary>
        public IStageProgress? Progress { get; set; }
        public void AddReused(string url) { Interlocked.Increment(ref _reused); ReusedUrls.Add(url); Progress?.Advance(); }
        public void AddStats(int placeholderAlts, int unsafeUrls)
        {
            Interlocked.Add(ref _placeholderAlts, placeholderAlts);
            Interlocked.Add(ref _unsafeUrls, unsafeUrls);
        }
    }

    private int RenderPages(RenderContext c, PageCounts counts)
    {
        var index = c.Index;
        var urls = index.Urls;
        var home = new LinkView("Home", urls.Home);

        // Document pages: the bulk of the work. Reused pages are linked first, so no rendered page races them for a shared image.
        var related = RelatedFinder(c);
        var keyed = new (SiteDocument Document, string File, string Key, IReadOnlyList<SiteDocument> Related)[index.Documents.Count];
        var misses = new ConcurrentBag<int>();
        Parallel.For(0, keyed.Length, i =>
        {
            var document = index.Documents[i];
            var file = urls.FileFor(document.Url);
            var relatedDocuments = related(document, file);
            var key = DocumentKey(c, document, relatedDocuments);
            keyed[i] = (document, file, key, relatedDocuments);
            if (!TryReuse(c, counts, file, key, document.Url)) misses.Add(i);
        });
        Parallel.ForEach(misses, i => RenderDocument(c, counts, keyed[i].Document, keyed[i].File, keyed[i].Key, home, keyed[i].Related));
        foreach (var (_, file, key, _) in keyed) counts.PageKeys.Add((file, key));

        var jobs = new List<PageJob>
        {
            HomeJob(c),
            new SearchPageJob(urls.Search, Meta(index, "Search", "Search every document of the archive.", urls.Search, [home], "search")),
            new MapPageJob(urls.Map, Meta(index, "Map", "Where the archive's work happens: every location and its documents.", urls.Map, [home], "map"),
                c.Views.Map(c.Maps?.MapPage(c.Assets.Url("map.js"), c.Assets.Url("map.css")) ?? "")),
        };
        var termJobs = new List<TermPageJob>();
        foreach (var taxonomy in index.Taxonomies)
        {
            jobs.Add(new TaxonomyPageJob(taxonomy.Url,
                Meta(index, taxonomy.Taxonomy.Name, $"All {taxonomy.Taxonomy.Name.ToLowerInvariant()} in the archive with their number of documents.", taxonomy.Url, [home], "taxonomy"),
                c.Views.Overview(taxonomy)));
            foreach (var term in taxonomy.ByCount) termJobs.AddRange(TermPageJobs(c, taxonomy, term, home));
        }
        // Term listings: keyed by everything they show (their view is cheap to build, rendering it is not).
        var termMisses = new ConcurrentBag<(TermPageJob Job, string File, string Key)>();
        Parallel.ForEach(termJobs, job =>
        {
            var file = urls.FileFor(job.Url);
            var key = TermPageKey(c, job);
            counts.PageKeys.Add((file, key));
            if (!TryReuse(c, counts, file, key, job.Url)) termMisses.Add((job, file, key));
        });
        Parallel.ForEach(termMisses, miss => RenderTermPage(c, counts, miss.Job, miss.File, miss.Key));

        jobs.AddRange(ContentPages(index, c.Markdown, home));
        Parallel.ForEach(jobs, c.Pages.Render);
        counts.Progress?.Advance(jobs.Count);
        c.Pages.Render(new NotFoundPageJob(urls.Base + NotFoundPageJob.File, Meta(index, "Page not found", "This page does not exist.", urls.Base + NotFoundPageJob.File, [home], "not-found")));
        counts.AddRendered(c.Pages.Count);
        counts.RenderedUrls = c.Pages.Urls.ToList();

        if (counts.PlaceholderAlts > 0)
            c.Diagnostics.Report(new(options.Source, 0, 0), Severity.Info, DiagnosticCodes.MissingAltText, $"{counts.PlaceholderAlts} images carry the placeholder alt text \"{MarkdownRenderer.PlaceholderAlt}\" and are published as images without a description");
        if (counts.UnsafeUrls > 0)
            c.Diagnostics.Report(new(options.Source, 0, 0), Severity.Info, DiagnosticCodes.UnsafeHtmlRemoved, $"{counts.UnsafeUrls} unsafe link or image addresses (javascript:, data:text/html…) were removed");
        return counts.Rendered + counts.Reused;
    }

    private static HomePageJob HomeJob(RenderContext c) =>
        new(c.Index.Urls.Home, Meta(c.Index, c.Index.Settings.Title, c.Index.Settings.Description, c.Index.Urls.Home, [], "home"), c.Views.Home());

    /// <summary>The listing pages of one term (several when it has more documents than a page holds).</summary>
    private static IEnumerable<TermPageJob> TermPageJobs(RenderContext c, TaxonomyIndex taxonomy, Term term, LinkView home)
    {
        foreach (var (view, url) in c.Views.TermPages(term, c.Maps?.TermLocator(term) ?? ""))
        {
            var title = view.PageCount > 1 ? $"{view.Name} (page {view.Page} of {view.PageCount})" : view.Name;
            var meta = Meta(c.Index, title, $"{view.Count} documents of the archive tagged {view.Name}.", url, [home, new LinkView(taxonomy.Taxonomy.Name, taxonomy.Url)], "term")
                with { PrevUrl = view.PrevUrl, NextUrl = view.NextUrl };
            yield return new TermPageJob(url, meta, view);
        }
    }

    private static void RenderTermPage(RenderContext c, PageCounts counts, TermPageJob job, string file, string key)
    {
        c.Pages.Render(job);
        counts.Progress?.Advance();
        if (c.Output.Contains(file))
            c.Cache.Record(file, new CachedOutput { Key = key, Length = new FileInfo(Path.Combine(c.Output.Root, file)).Length });
    }

    /// <summary>A document page's key: its <see cref="DocumentPageInputs"/>, serialized whole.</summary>
    private static string DocumentKey(RenderContext c, SiteDocument document, IReadOnlyList<SiteDocument> related)
    {
        var inputs = new DocumentPageInputs(document.Source.SourcePath, document.Source.ContentHash, document.Slug, document.Url,
            document.Excerpt, c.Index.TermsOf(document).Select(t => new DocumentPageInputs.TermLink(t.Taxonomy.Key, t.Name, t.Url)).ToList(),
            related.Select(c.Views.Summary).ToList(), c.Cards is null ? null : $"cards/{document.Slug}.png");
        return BuildCache.Key(c.Cache.Fingerprint, System.Text.Json.JsonSerializer.Serialize(inputs));
    }

    /// <summary>A term listing shows its job and nothing else: the job, serialized whole, is its key.</summary>
    private static string TermPageKey(RenderContext c, TermPageJob job) => PageKey.For(c.Cache.Fingerprint, job);

    /// <summary>
    /// Related documents are the costly part of a page's key. They depend only on which documents carry which terms, in
    /// which order: while that is unchanged, the lists the previous build recorded are still right.
    /// </summary>
    private static Func<SiteDocument, string, IReadOnlyList<SiteDocument>> RelatedFinder(RenderContext c)
    {
        var index = c.Index;
        var basis = BuildCache.Key(index.Documents.SelectMany(d => index.TermsOf(d).Select(t => t.Url).Prepend(d.Url).Append("")));
        if (!c.Cache.Remember("#related-basis", basis)) return (document, _) => index.Related(document);
        var byUrl = index.Documents.ToDictionary(d => d.Url, StringComparer.Ordinal);
        return (document, file) =>
        {
            var previous = c.Cache.Previous(file)?.Related;
            if (previous is null || previous.Any(url => !byUrl.ContainsKey(url))) return index.Related(document);
            return previous.Select(url => byUrl[url]).ToList();
        };
    }

    /// <summary>Reuses the page (and the files it brought) from the output being replaced when its key is unchanged.</summary>
    private static bool TryReuse(RenderContext c, PageCounts counts, string file, string key, string url)
    {
        if (!c.Cache.TryReuse(c.Output.Target, file, key, out var previous)) return false;
        foreach (var extra in previous.Files)
            if (!c.Output.Reuse(extra)) return false;
        if (!c.Output.Reuse(file)) return false;
        if (previous.Links.Count > 0) c.Links.Collect(file, ContentLinks.AsMarkup(previous.Links));
        c.Diagnostics.AddRange(previous.Diagnostics.Select(d => d.ToDiagnostic()));
        counts.AddStats(previous.PlaceholderAltTexts, previous.UnsafeUrlsRemoved);
        counts.AddReused(url);
        return true;
    }

    private void RenderDocument(RenderContext c, PageCounts counts, SiteDocument document, string file, string key, LinkView home, IReadOnlyList<SiteDocument> related)
    {
        // Its own diagnostics bag, so what rendering it reported can be reported again when the page is reused.
        var reported = new DiagnosticBag();
        // What it reads beyond its key (local images, the atlas shapes), so it is rendered again when one changes.
        var reads = new InputLog();
        var views = new ViewFactory(c.Index, c.Markdown, c.ImagesFor(reported, reads));
        var (view, stats) = views.Document(document, related, c.Maps?.DocumentLocator(document, reads) ?? "");
        counts.AddStats(stats.PlaceholderAltTexts, stats.UnsafeUrlsRemoved);
        var firstType = c.Index.TermsOf(document, "types").FirstOrDefault();
        var crumbs = new List<LinkView> { home };
        if (firstType is not null) crumbs.Add(new LinkView(firstType.Name, firstType.Url));
        var cardUrl = c.Cards?.Publish(document);
        var meta = Meta(c.Index, view.Title, document.Excerpt, document.Url, crumbs, "document") with
        {
            OgType = "article", Searchable = true, OgImage = cardUrl,
        };
        c.Pages.Render(new DocumentPageJob(document.Url, meta, view));
        counts.Progress?.Advance();
        var diagnostics = reported.Sorted();
        c.Diagnostics.AddRange(diagnostics);
        // A page that failed to render, or whose card could not be drawn, is tried again next time.
        if (!c.Output.Contains(file) || (c.Cards is not null && cardUrl is null)) return;

        var answers = view.Sections.SelectMany(s => s.Groups).SelectMany(g => g.Items).Select(i => i.AnswerHtml).ToList();
        var files = answers.SelectMany(html => ContentLinks.FilesUnder(html, c.MediaUrl, c.Index.Urls.Base)).ToList();
        if (cardUrl is not null) files.Add($"cards/{document.Slug}.png");
        c.Cache.Record(file, new CachedOutput
        {
            Key = key,
            Length = new FileInfo(Path.Combine(c.Output.Root, file)).Length,
            Links = answers.SelectMany(ContentLinks.Internal).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            Files = files.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            Diagnostics = diagnostics.Select(CachedDiagnostic.From).ToList(),
            PlaceholderAltTexts = stats.PlaceholderAltTexts,
            UnsafeUrlsRemoved = stats.UnsafeUrlsRemoved,
            Related = related.Select(d => d.Url).ToList(),
            Inputs = reads.Snapshot(),
        });
    }

    /// <summary>The search index only reads the cached pages: when every one of them is unchanged (and none came or went), the old index is reused.</summary>
    private static int IndexSearch(StagingFolder output, BuildCache? cache, PageCounts counts, DiagnosticBag diagnostics, string templates)
    {
        const string folder = "pagefind";
        var key = BuildCache.Key(counts.PageKeys.OrderBy(k => k.Path, StringComparer.Ordinal).SelectMany(k => new[] { k.Path, k.Key }));
        if (cache is not null && cache.TryReuse(output.Target, folder, key, out var previous) && output.ReuseFolder(folder))
        {
            counts.SearchReused = true;
            return previous.Items;
        }
        var pages = new PagefindIndexer(ProjectRoot.Find(templates)).Index(output.Root, diagnostics)?.Pages ?? 0;
        if (pages > 0) cache?.Record(folder, new CachedOutput { Key = key, Length = -1, Items = pages });
        return pages;
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
            yield return new ContentPageJob(url, Meta(index, title, TextShortening.AtWordBoundary(Excerpts.PlainText(body), 160), url, [home], "content"),
                new ContentPageView(title, fragment.Html));
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
        var world = SiteMaps.TryLoadAtlas(options.Templates);
        var detailed = SiteMaps.TryLoadAtlas(options.Templates, WorldAtlas.DetailedFile);
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

    private T Stage<T>(string name, Func<T> run, Func<T, int> count, string detail) => Stage(name, run, count, () => detail);

    private T Stage<T>(string name, Func<T> run, Func<T, int> count, Func<string> detail) =>
        Stage(name, stage => { var result = run(); stage.Advance(count(result)); return result; }, 0, count, detail);

    /// <summary>A stage that advances its own progress (<paramref name="total"/> items expected).</summary>
    private T Stage<T>(string name, Func<IStageProgress, T> run, int total, Func<T, int> count, Func<string> detail)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        using var stage = _progress.Stage(name, total);
        var result = run(stage);
        var items = count(result);
        stage.Complete(detail());
        _stages.Add(new StageTiming(name, clock.Elapsed, items) { Cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu });
        return result;
    }
}
