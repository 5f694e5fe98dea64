using System.Text.Json;
using SdgArchive.Caching;
using SdgArchive.Cards;
using SdgArchive.Diagnostics;
using SdgArchive.I18n;
using SdgArchive.Images;
using SdgArchive.Map;
using SdgArchive.Model;
using SdgArchive.Output;
using SdgArchive.Progress;
using SdgArchive.Reading;
using SdgArchive.Rendering;
using SdgArchive.Rendering.Views;
using SdgArchive.Search;
using SdgArchive.Site;
using SdgArchive.Fragments;

namespace SdgArchive.Build;

/// <summary>
/// The site, built: typed stages in a fixed order, read → enrich → map → render → write → check → search → swap, each
/// a type of its own (<see cref="RenderStage"/>, <see cref="DataFilesStage"/>…) handing its result to the next. The same
/// pipeline serves <c>build</c> and <c>serve</c> (which also refreshes one edited document, see <c>SitePipeline.Refresh.cs</c>).
/// Every stage reports into one diagnostics bag; only the swap touches the real output folder.
/// Pages whose inputs are unchanged since the last build are reused from the output being replaced (see <see cref="BuildCache"/>).
/// </summary>
public sealed partial class SitePipeline(BuildOptions options, IBuildProgress? progress = null)
{
    private readonly StageClock _clock = new(progress);

    public BuildResult Build()
    {
        _prunable = false;
        // Nothing changed at all (every input file hashed): the output folder is already what this build would make.
        BuildCache cache = null!;
        BuildInputHashes? inputs = null;
        BuildResult? replay = null;
        _clock.Run("inputs", () =>
        {
            cache = BuildCache.ForOutput(options.Cache, options.Output, options.UseCache);
            // Hashed before anything is read: an input edited during the build then differs from the record next time.
            inputs = options.UseCache ? BuildInputs.Hash(options) : null;
            return replay = inputs is null ? null : Replay(cache, inputs.Key);
        }, r => r?.PageCount ?? 0,
            () => replay is null ? "pages (changed: building)" : "pages (up to date: nothing to do)");
        if (replay is not null) return replay with { Stages = _clock.Timings };

        var diagnostics = new DiagnosticBag();
        var reads = options.UseCache ? new ReadCache(Store, inputs?.SourceFiles) : null;
        // The read cache gives documents without their raw text already (and their sections unread until needed).
        var documents = _clock.Run("read", () => ArchiveReader.ReadFolder(options.Source, diagnostics, cache: reads)
            .Select(d => reads is null ? d.WithoutBody() : d).ToList(), d => d.Count,
            () => reads is null ? "documents" : $"documents ({reads.Hits} from the cache)");
        var built = Build(documents, diagnostics, cache, inputs?.Key);
        _prunable = built.Succeeded;
        return built;
    }

    /// <summary>Builds from documents read before (serve re-reads only the files that changed); their diagnostics come along.</summary>
    public BuildResult Build(ReadArchive read)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(read.Diagnostics);
        // Not every input was hashed (serve knows what changed): no record for a no-change replay is kept.
        return Build(read.Documents, diagnostics, BuildCache.ForOutput(options.Cache, options.Output, options.UseCache), inputsKey: null);
    }

    /// <summary>The last build's result when its inputs are unchanged and its output intact; null otherwise.</summary>
    private BuildResult? Replay(BuildCache cache, string inputsKey)
    {
        if (cache.TryReplay(inputsKey, Path.GetFullPath(options.Output)) is not { } site) return null;
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(site.Diagnostics.Select(d => d.ToDiagnostic()));
        return new BuildResult(true, site.PageCount, site.DocumentCount, diagnostics, [])
        {
            ReusedPages = site.PageCount,
            ReusedUrls = site.PageUrls,
        };
    }

    /// <param name="inputsKey">Every input's hash when the build began, to remember this build by for a no-change replay.</param>
    private BuildResult Build(IReadOnlyList<ArchiveDocument> documents, DiagnosticBag diagnostics, BuildCache cache, string? inputsKey)
    {
        var settings = SiteSettings.Load(options.Content, diagnostics);
        // An empty or mistyped --source used to publish an empty site with exit 0 and not a word.
        if (documents.Count == 0)
            diagnostics.Report(new(options.Source, 0, 0), Severity.Warning, DiagnosticCodes.NoDocuments,
                "no documents in the source folder: the site is built without a document page (--strict fails)");
        if (options.BaseUrl is { } baseUrl) settings = settings.WithBaseUrl(baseUrl);

        var texts = options.UseCache ? new DerivedTexts(Store) : null;
        var atlases = MapStage.StartLoading(options.Templates);
        var index = _clock.Run("enrich", () => new SiteIndex(documents, settings, texts), i => i.Documents.Count,
            "documents");
        var strings = InterfaceStrings.Load(options.Templates, settings.Language, diagnostics);
        var maps = _clock.Run("map", () => MapStage.Run(atlases, index, documents, diagnostics, strings),
            m => m?.Locations.Count ?? 0, "locations");
        var remoteImages = 0;
        var mirrorLimits = options.MirrorImages || settings.MirrorImages
            ? options.MirrorLimits with { Folder = Path.Combine(options.Cache, "mirror") } : null;
        var mirror = _clock.Run("remote images", () => RemoteImages.Prepare(documents, mirrorLimits, options.Source, diagnostics, out remoteImages),
            _ => remoteImages, () => mirrorLimits is null ? "images left remote" : "images mirrored");

        var output = options.InPlace && Directory.Exists(options.Output) ? StagingFolder.InPlace(options.Output) : new StagingFolder(options.Output);
        var counts = new PageCounts();
        RenderContext? rendered = null;
        Task<int>? search = null;
        try
        {
            var markdown = new MarkdownRenderer(new HtmlFragmentSanitizer(), settings.BaseUrl, settings.FocalPoints);
            var assets = new AssetPipeline(options.Templates, settings.BaseUrl, output);
            var engine = new TemplateEngine(options.Templates, diagnostics, TemplateFunctions.Create(assets, strings, options.Templates));
            var site = SiteViewFor(index, assets, strings);
            cache.Begin(Fingerprint(settings, site, maps is not null));
            // Written in place, the folder stops matching the state as soon as the first page is written.
            if (output.IsInPlace) cache.Invalidate();

            using var cards = options.Cards ? SocialCards.Open(Store, index.Settings, output, diagnostics) : null;
            var context = RenderContext.Create(options, index, markdown, engine, site, assets, maps, output, new LinkChecker(settings.BaseUrl), cache, diagnostics, cards, mirror, strings);
            rendered = context;
            var links = context.Links;
            var pages = context.Pages;
            // The index is made from the documents' records, not from the pages: it is built alongside the render stage.
            // Pagefind is one process doing ~35 s of CPU at 10,000 documents; run after rendering, one core idled for it.
            search = options.Search ? StartSearch(index, output, cache, counts, diagnostics, strings) : null;
            var expectedPages = index.Documents.Count + index.Taxonomies.Count + 3
                + index.Taxonomies.SelectMany(t => t.ByCount).Sum(t => (t.Count + Math.Max(1, settings.PageSize) - 1) / Math.Max(1, settings.PageSize));
            _clock.Run("render", stage => { counts.Progress = stage; return RenderStage.Run(context, counts); }, expectedPages,
                _ => counts.Rendered + counts.Reused, () => $"pages ({counts.Reused} reused)");
            _clock.Run("write", () => DataFilesStage.Run(context, pages.Urls.Concat(counts.ReusedUrls)), n => n,
                "files");
            _clock.Run("check", () => { links.Check(output, diagnostics); return links.LinkCount; }, n => n, "links");
            cards?.Keep(index.Documents);
            cards?.Report(options.Source);
            if (search is not null)
                _clock.Run("search", () => search.GetAwaiter().GetResult(), n => n,
                    () => counts.SearchReused ? "pages (index reused)" : "pages (waited for after rendering)");
            else
                diagnostics.Report(new(options.Output, 0, 0), Severity.Warning, DiagnosticCodes.SearchSkipped,
                    "search index not built (--no-search, or a serve preview): the search page says that search is unavailable");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(new(options.Output, 0, 0), Severity.Error, DiagnosticCodes.Internal, $"could not write the site: {ex.Message}");
        }
        finally
        {
            // Never abandon or swap the staging folder while pagefind may still be writing into it.
            try { search?.Wait(); } catch (AggregateException) { /* reported by the stage that awaited it, or moot */ }
        }

        // Failed or not, the documents read and the texts made are kept for the next build (serve's rebuilds too).
        if (options.UseCache) _clock.Run("store", () => Store.Flush(), n => n, "entries saved");
        var failed = Fails(diagnostics.Sorted(), settings);
        if (failed)
        {
            output.Abandon();
            // In place, what was written stays: the manifest of this build describes the folder now.
            if (output.IsInPlace) cache.Save();
        }
        var result = new BuildResult(!failed, counts.Rendered + counts.Reused, documents.Count, diagnostics, _clock.Timings)
        {
            RenderedPages = counts.Rendered,
            ReusedPages = counts.Reused,
            RenderedUrls = counts.RenderedUrls.Order(StringComparer.Ordinal).ToList(),
            ReusedUrls = counts.ReusedUrls.Order(StringComparer.Ordinal).ToList(),
            Browse = counts.Browse,
        };
        if (!failed)
        {
            _clock.Run("swap", () => Swap(output, cache, inputsKey, result, diagnostics), n => n, "files");
            result = result with { Stages = _clock.Timings };
        }
        // Social cards and the search index are made for the whole site: a refresh of one page would leave them behind.
        if (!failed && rendered is not null && !options.Cards && !options.Search)
            _live = new LiveSite(rendered, diagnostics.Sorted(), result.PageCount, documents.Count);
        return result;
    }

    /// <summary>
    /// Puts the staged site in place of the output and saves the state that describes it; returns how many files the
    /// site record lists.
    /// </summary>
    private int Swap(StagingFolder output, BuildCache cache, string? inputsKey, BuildResult result,
        DiagnosticBag diagnostics)
    {
        // The state describes the output folder: gone while the folders swap, written again right after, with the
        // record of this build when every input was hashed (a later build with none changed then does nothing).
        cache.Invalidate();
        output.Commit();
        var stamps = inputsKey is null ? default : SiteRecord.StampsOf(Path.GetFullPath(options.Output));
        if (inputsKey is not null)
            cache.RememberSite(new SiteRecord
            {
                InputsKey = inputsKey, PageCount = result.PageCount, DocumentCount = result.DocumentCount,
                Files = stamps.Lengths, Modified = stamps.Modified,
                Diagnostics = diagnostics.Sorted().Select(CachedDiagnostic.From).ToList(),
                PageUrls = result.RenderedUrls.Concat(result.ReusedUrls).Order(StringComparer.Ordinal).ToList(),
            });
        cache.Save();
        return stamps.Lengths?.Count ?? 0;
    }

    /// <summary>Starts the search stage on its own thread; the build waits for it before checking and swapping.</summary>
    private Task<int> StartSearch(SiteIndex index, StagingFolder output, BuildCache cache, PageCounts counts, DiagnosticBag diagnostics,
        InterfaceStrings strings)
    {
        // The records are made on the search thread too: ~2.6 s of CPU at 10,000 documents that had held up rendering.
        return Task.Factory.StartNew(() => SearchStage.Run(SearchRecords.For(index, strings), index.Settings.Language,
                output, cache, counts, diagnostics, options.Templates),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Errors fail a build; with --strict, warnings too, except the codes the settings exempt.</summary>
    private bool Fails(IReadOnlyList<Diagnostic> diagnostics, SiteSettings settings) =>
        diagnostics.Any(d => d.Severity == Severity.Error) || (options.Strict && diagnostics.Any(d => d.Severity == Severity.Warning
            // --no-search is the user's own choice, not a problem with the input: warned about, never a --strict failure.
            && d.Code != DiagnosticCodes.SearchSkipped && !settings.WarningsNotAsErrors.Contains(d.Code)));

    /// <summary>
    /// Everything that can change every page at once: generator, assets, the site-wide settings, options, the layout's
    /// values. Not the templates: each page records the ones it ran (see <see cref="TemplateEngine.Register"/>), so
    /// editing a partial re-renders only the pages that include it. Nor the interface strings: each page records the
    /// keys it looked up (see <see cref="InterfaceStrings.RecordingInto"/>); the strings other outputs show are in
    /// their keys (listings and the search records hold the words) or those outputs are made by every build (map,
    /// search and taxonomy pages, data files), and the words of the navigation are in <paramref name="site"/> below.
    /// </summary>
    private string Fingerprint(SiteSettings settings, SiteView site, bool hasMaps) =>
        BuildFingerprint.Compute(options.Templates, SiteWide(settings),
            $"search={options.Search}", $"cards={options.Cards}", $"live-reload={options.LiveReload}",
            $"source={options.Source}", $"content={options.Content}", $"maps={hasMaps}", $"mirror-images={options.MirrorImages}",
            // Where the templates are (as for the source and content): their diagnostics name the folder.
            $"templates={options.Templates}",
            // Site-wide values every page shows (navigation, asset URLs). Not the number of terms per taxonomy: the
            // layout does not show it, and a new term must not re-render every page.
            JsonSerializer.Serialize(site with { Taxonomies = site.Taxonomies.Select(t => t with { Count = 0 }).ToList() }));

    /// <summary>
    /// The settings that change every page, or too many places to record: title, description, language, site and
    /// base URL (every page's layout, canonical link and asset URLs show them), focal points (the Markdown renderer,
    /// excerpts, cards), extra taxonomies (the navigation), mirrored images (every document's pictures). The rest is
    /// left out because the pages showing it have it in their keys: <c>sourceUrl</c> (each document page's
    /// <see cref="DocumentPageInputs.SourceLink"/>), <c>pageSize</c> and <c>newestOnHome</c> (the listings' jobs,
    /// serialized whole, hold their pages and documents), <c>feedSize</c> (the feed, written by every build), and
    /// <c>warningsNotAsErrors</c> decides whether <c>--strict</c> fails, not what a page shows. A setting added later
    /// is in the fingerprint until someone records it per page.
    /// </summary>
    private static SiteSettings SiteWide(SiteSettings settings) => settings with
    {
        SourceUrl = null, PageSize = 0, NewestOnHome = 0, FeedSize = 0, WarningsNotAsErrors = [],
    };

    private SiteView SiteViewFor(SiteIndex index, AssetPipeline assets, InterfaceStrings strings)
    {
        var urls = index.Urls;
        var scripts = new List<string>();
        if (options.LiveReload) scripts.Add("/__sdg/reload.js");
        return new SiteView(index.Settings.Title, index.Settings.Description, index.Settings.Language, urls.Base, urls.Home, urls.Map,
            urls.About, urls.Search, urls.Feed, urls.DocumentsJson, urls.LocationsGeoJson,
            index.Taxonomies.Select(t => new LinkView(strings.Taxonomy(t.Taxonomy), t.Url, t.ByCount.Count)).ToList(),
            assets.Url("site.css"), scripts)
        {
            DocumentsUrl = new Browse.BrowseUrls(urls.Base).Documents, DocumentsCsvUrl = urls.DocumentsCsv,
            BrowseScriptUrl = assets.Url("browse.js"),
            CollectionsUrl = Directory.Exists(Path.Combine(options.Content, Collections.CollectionReader.Folder))
                && Directory.EnumerateFiles(Path.Combine(options.Content, Collections.CollectionReader.Folder), "*.md").Any()
                ? $"{urls.Base}collections/" : "",
        };
    }
}
