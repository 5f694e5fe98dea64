using System.Collections.Concurrent;
using SdgArchive.Caching;
using SdgArchive.Diagnostics;
using SdgArchive.Rendering;
using SdgArchive.Rendering.Jobs;
using SdgArchive.Site;
using SdgArchive.Fragments;

namespace SdgArchive.Build;

/// <summary>
/// The render stage: every page job rendered through the pure renderer into the output, unless the build cache says the
/// page's key and the inputs it read are unchanged; then the page (and the files it brought) comes from the last output.
/// Document pages first (the bulk of the work), then term listings, then the few site pages.
/// </summary>
public static class RenderStage
{
    /// <summary>Renders (or reuses) every page of the site into the context's output; returns how many.</summary>
    public static int Run(RenderContext c, PageCounts counts)
    {
        var index = c.Index;

        // Document pages: the bulk of the work.
        RenderDocuments(c, counts, index.Documents, RelatedFinder(c));

        // The site's own pages, keyed like the listings: an edit that changes nothing they show renders none of them.
        var sitePages = new List<KeyedPage> { KeyedPage.Of(c.Jobs.SearchPage()), c.Jobs.MapPage(c.Maps, c.Assets) };
        sitePages.AddRange(index.Taxonomies.Select(t => KeyedPage.Of(c.Jobs.TaxonomyPage(t))));
        sitePages.AddRange(c.Jobs.ContentPages(c.ContentFolder, c.Markdown).Select(KeyedPage.Of));
        sitePages.Add(KeyedPage.Of(c.Jobs.NotFoundPage()));
        // Beside the listings, not before them: the world map's marker layout runs on one thread (~1.5 s at 7,000
        // distinct points, `perf` at c031565), and the other core sat idle for it.
        var site = Task.Run(() => RenderKeyed(c, counts, sitePages));
        // Listings (home, term pages, /documents/, collections): keyed by everything they show (their view is cheap
        // to build, rendering it is not).
        var listings = Listings(c);
        RenderKeyed(c, counts, listings.Terms.Prepend<PageJob>(listings.Home));
        site.GetAwaiter().GetResult();
        // Timed and counted for bench-browse; streamed, not listed: 10,000 documents make thousands of card views.
        var browse = System.Diagnostics.Stopwatch.StartNew();
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var browsePages = 0;
        RenderKeyed(c, counts, listings.Browse.Select(job =>
        {
            Interlocked.Increment(ref browsePages);
            return job;
        }));
        counts.Browse = new(browsePages, browse.Elapsed,
            System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu);
        RenderKeyed(c, counts, listings.Collections.Jobs);
        DataFilesStage.CollectionFeeds(c, listings.Collections.Feeds);
        counts.AddRendered(c.Pages.Count);
        counts.RenderedUrls = c.Pages.Urls.ToList();

        if (counts.PlaceholderAlts > 0)
            c.Diagnostics.Report(new(c.SourceFolder, 0, 0), Severity.Info, DiagnosticCodes.MissingAltText, $"{counts.PlaceholderAlts} images carry the placeholder alt text \"{MarkdownRenderer.PlaceholderAlt}\" and are published as images without a description");
        if (counts.UnsafeUrls > 0)
            c.Diagnostics.Report(new(c.SourceFolder, 0, 0), Severity.Info, DiagnosticCodes.UnsafeHtmlRemoved, $"{counts.UnsafeUrls} unsafe link or image addresses (javascript:, data:text/html…) were removed");
        return counts.Rendered + counts.Reused;
    }

    /// <summary>
    /// The pages that show documents' cards, each kind made here once: the build renders them all, serve's refresh the
    /// ones whose recorded cards include an edited document (<paramref name="showing"/>: a term's pages list only its
    /// own documents, so only that document's terms' pages are made; of /documents/, only the
    /// <paramref name="wanted"/> addresses).
    /// </summary>
    internal static Listings Listings(RenderContext c, SiteDocument? showing = null, Func<string, bool>? wanted = null)
    {
        var index = c.Index;
        var terms = showing is null
            ? index.Taxonomies.SelectMany(t => t.ByCount.Select(term => (Taxonomy: t, Term: term)))
            : index.TermsOf(showing).Select(term => (Taxonomy: index.Taxonomy(term.Taxonomy.Key), Term: term));
        // In parallel: a country's first page draws its locator map (clipping the atlas's shapes), ~100 of them.
        var termJobs = terms.AsParallel().AsOrdered()
            .SelectMany(t => c.Jobs.TermPages(t.Taxonomy, t.Term, c.Maps).ToList()).ToList();
        return new Listings(c.Jobs.HomePage(), termJobs, c.Jobs.BrowsePages(wanted),
            c.Jobs.Collections(c.ContentFolder, c.Markdown, c.Maps, c.Diagnostics));
    }

    /// <summary>
    /// Renders listing jobs, reusing each page whose job is unchanged: the job serialized whole is its key, and the
    /// cards met on the way are recorded as what the page read.
    /// </summary>
    internal static void RenderKeyed(RenderContext c, PageCounts counts, IEnumerable<PageJob> jobs) =>
        RenderKeyed(c, counts, jobs.Select(KeyedPage.Of));

    /// <summary>
    /// Renders pages keyed by their inputs (<see cref="KeyedPage"/>), making the job of only those not reused.
    /// </summary>
    internal static void RenderKeyed(RenderContext c, PageCounts counts, IEnumerable<KeyedPage> pages)
    {
        var misses = new ConcurrentBag<(KeyedPage Page, string File, PageRead Read)>();
        Parallel.ForEach(pages, page =>
        {
            var file = c.Index.Urls.FileFor(page.Url);
            var read = PageKey.Read(c.Cache.Fingerprint, page.Inputs);
            counts.PageKeys.Add((file, read.Key));
            if (!TryReuse(c, counts, file, read.Key, page.Url)) misses.Add((page, file, read));
        });
        Parallel.ForEach(misses, miss => RenderListing(c, counts, miss.Page, miss.File, miss.Read));
    }

    /// <summary>
    /// Renders a keyed page and records in the build cache its key, length, the cards it shows, the templates it ran,
    /// what its templates reported and the links of what an author wrote on it (both gone through again on reuse).
    /// </summary>
    private static void RenderListing(RenderContext c, PageCounts counts, KeyedPage keyed, string file, PageRead read)
    {
        var reads = new InputLog();
        var job = keyed.Job(reads);
        var page = c.Pages.Render(job, reads);
        if (file != NotFoundPageJob.File) counts.Progress?.Advance();
        if (!c.Output.Contains(file)) return;
        var stamp = page.Written ?? OutputStamp.Of(Path.Combine(c.Output.Root, file));
        c.Cache.Record(file, new CachedOutput
        {
            Key = read.Key, Length = stamp.Length, Modified = stamp.Modified, Hash = stamp.Hash, Cards = read.Cards,
            Inputs = reads.Snapshot(),
            Links = ContentLinks.Internal(job.AuthoredHtml()).Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal).ToList(),
            Diagnostics = page.Diagnostics.Select(CachedDiagnostic.From).ToList(),
        });
    }

    /// <summary>
    /// Keys the document pages, reuses the unchanged ones and renders the rest. Reused pages are linked first, so no
    /// rendered page races them for a shared image.
    /// </summary>
    internal static void RenderDocuments(RenderContext c, PageCounts counts, IReadOnlyList<SiteDocument> documents,
        Func<SiteDocument, string, IReadOnlyList<SiteDocument>> related)
    {
        var keyed = new (SiteDocument Document, string File, PageRead Read, IReadOnlyList<SiteDocument> Related)
            [documents.Count];
        var misses = new ConcurrentBag<int>();
        Parallel.For(0, keyed.Length, i =>
        {
            var document = documents[i];
            var file = c.Index.Urls.FileFor(document.Url);
            var relatedDocuments = related(document, file);
            var read = DocumentKey(c, document, relatedDocuments);
            keyed[i] = (document, file, read, relatedDocuments);
            if (!TryReuse(c, counts, file, read.Key, document.Url)) misses.Add(i);
        });
        Parallel.ForEach(misses, i =>
            RenderDocument(c, counts, keyed[i].Document, keyed[i].File, keyed[i].Read, keyed[i].Related));
        foreach (var (_, file, read, _) in keyed) counts.PageKeys.Add((file, read.Key));
    }

    /// <summary>A document page's key: its <see cref="DocumentPageInputs"/> serialized whole.</summary>
    private static PageRead DocumentKey(RenderContext c, SiteDocument document, IReadOnlyList<SiteDocument> related)
    {
        var inputs = new DocumentPageInputs(document.Source.SourcePath, document.Source.ContentHash, document.Slug, document.Url,
            document.Excerpt, c.Index.TermsOf(document).Select(t => new DocumentPageInputs.TermLink(t.Taxonomy.Key, t.Name, t.Url)).ToList(),
            related.Select(c.Views.Summary).ToList(), c.Cards is null ? null : $"cards/{document.Slug}.png",
            c.Views.SourceLink(document));
        return PageKey.Read(c.Cache.Fingerprint, inputs);
    }

    /// <summary>
    /// Related documents are the costly part of a page's key. They depend only on which documents carry which terms, in
    /// which order: while that is unchanged, the lists the previous build recorded are still right.
    /// </summary>
    private static Func<SiteDocument, string, IReadOnlyList<SiteDocument>> RelatedFinder(RenderContext c)
    {
        var index = c.Index;
        var basis = ContentHash.OfParts(index.Documents.SelectMany(d => index.TermsOf(d).Select(t => t.Url).Prepend(d.Url).Append("")));
        if (!c.Cache.Remember("#related-basis", basis)) return (document, _) => index.Related(document);
        return RecordedRelated(c);
    }

    /// <summary>The related documents the previous build recorded for a page (computed again if one is gone).</summary>
    internal static Func<SiteDocument, string, IReadOnlyList<SiteDocument>> RecordedRelated(RenderContext c)
    {
        var index = c.Index;
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
        Replay(c, file, previous);
        counts.AddStats(previous.PlaceholderAltTexts, previous.UnsafeUrlsRemoved);
        // Like a rendered one, the not-found page is not counted among the site's pages (nor in the sitemap).
        if (file != NotFoundPageJob.File) counts.AddReused(url);
        return true;
    }

    /// <summary>
    /// What a reused output's render did beyond writing it, done again: its authored links go to the checker and what
    /// it reported into the build's diagnostics (a <see cref="Diagnostic.Once"/> one is still reported once).
    /// </summary>
    internal static void Replay(RenderContext c, string file, CachedOutput previous)
    {
        if (previous.Links.Count > 0) c.Links.Collect(file, ContentLinks.AsMarkup(previous.Links));
        c.Diagnostics.AddRange(previous.Diagnostics.Select(d => d.ToDiagnostic()));
    }

    /// <summary>One document's page; whatever goes wrong with it is reported at the document and the others are built.</summary>
    private static void RenderDocument(RenderContext c, PageCounts counts, SiteDocument document, string file,
        PageRead read, IReadOnlyList<SiteDocument> related) =>
        Security.DocumentIsolation.Run(c.Diagnostics, Reading.ArchiveReader.JoinPath(c.SourceFolder.TrimEnd('/', '\\'), document.Source.SourcePath),
            () => RenderDocumentPage(c, counts, document, file, read, related));

    private static void RenderDocumentPage(RenderContext c, PageCounts counts, SiteDocument document, string file,
        PageRead read, IReadOnlyList<SiteDocument> related)
    {
        // Its own diagnostics bag, so what rendering it reported can be reported again when the page is reused.
        var reported = new DiagnosticBag();
        // What it reads beyond its key (local images, the atlas shapes, its templates, the interface strings its
        // view, its page's title and breadcrumbs and its templates look up), so it is rendered again when one changes.
        var reads = new InputLog();
        var views = new ViewFactory(c.Index, c.Markdown, c.ImagesFor(reported, reads),
            c.Views.Strings.RecordingInto(reads), c.Views.Thumbnails);
        var (view, stats) = views.Document(document, related, c.Maps?.DocumentLocator(document, reads) ?? "");
        counts.AddStats(stats.PlaceholderAltTexts, stats.UnsafeUrlsRemoved);
        var cardUrl = c.Cards?.Publish(document);
        var page = c.Pages.Render(new PageJobs(c.Index, views).DocumentPage(document, view, cardUrl), reads);
        counts.Progress?.Advance();
        c.Diagnostics.AddRange(reported.Sorted());
        // What its images reported, and its render: its templates, the strings they and its view looked up.
        reported.AddRange(page.Diagnostics);
        var diagnostics = reported.Sorted();
        // A page that failed to render, or whose card could not be drawn, is tried again next time.
        if (!c.Output.Contains(file) || (c.Cards is not null && cardUrl is null)) return;

        var answers = view.Sections.SelectMany(s => s.Groups).SelectMany(g => g.Items).Select(i => i.AnswerHtml).ToList();
        var files = answers.SelectMany(html => ContentLinks.FilesUnder(html, c.MediaUrl, c.Index.Urls.Base)).ToList();
        if (cardUrl is not null) files.Add($"cards/{document.Slug}.png");
        var stamp = page.Written ?? OutputStamp.Of(Path.Combine(c.Output.Root, file));
        c.Cache.Record(file, new CachedOutput
        {
            Key = read.Key,
            Length = stamp.Length,
            Modified = stamp.Modified,
            Hash = stamp.Hash,
            Links = answers.SelectMany(ContentLinks.Internal).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            Files = files.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            Diagnostics = diagnostics.Select(CachedDiagnostic.From).ToList(),
            PlaceholderAltTexts = stats.PlaceholderAltTexts,
            UnsafeUrlsRemoved = stats.UnsafeUrlsRemoved,
            Related = related.Select(d => d.Url).ToList(),
            Cards = read.Cards,
            Inputs = reads.Snapshot(),
        });
    }
}
