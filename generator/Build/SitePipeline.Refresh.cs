using SdgArchive.Caching;
using SdgArchive.Diagnostics;
using SdgArchive.Model;
using SdgArchive.Output;
using SdgArchive.Rendering.Jobs;
using SdgArchive.Site;

namespace SdgArchive.Build;

/// <summary>
/// serve's fast path: after a successful build the builder keeps what it rendered with (index, parsed templates,
/// maps, cache records), so a saved document can be re-rendered alone instead of building the site again.
/// </summary>
public sealed partial class SitePipeline
{
    private LiveSite? _live;
    /// <summary>Pages refreshed since the cache's manifest was last written (it is written before the next build reads it).</summary>
    private bool _unsavedRefreshes;

    /// <summary>What the last successful build (or refresh) rendered with and reported.</summary>
    private sealed record LiveSite(RenderContext Context, IReadOnlyList<Diagnostic> Diagnostics, int PageCount, int DocumentCount);

    /// <summary>
    /// Re-renders a saved document whose edit <see cref="SiteIndex.KeepsItsPlace">keeps its place</see> in every list of
    /// the site, straight into the output folder: its page, and when its card changed (excerpt, picture), every page
    /// whose recorded cards include it (see <see cref="CachedOutput.Cards"/>), through the render stage's own code, and
    /// the data files. <paramref name="before"/> and <paramref name="after"/> are the document's own read diagnostics,
    /// which the result's diagnostics swap. <paramref name="edited"/> was read with the same slug as before (the caller
    /// checks), so it keeps the address the last build gave it. Null when there is nothing to refresh from or the edit
    /// changes more: the caller builds again.
    /// </summary>
    public BuildResult? TryRefresh(ArchiveDocument edited, IReadOnlyList<Diagnostic> before, IReadOnlyList<Diagnostic> after)
    {
        if (_live is not { } live) return null;
        var last = live.Context;
        var old = last.Index.Documents.FirstOrDefault(d => d.Source.SourcePath == edited.SourcePath);
        if (old is null) return null;
        edited = edited with { Slug = old.Slug };
        if (!last.Index.KeepsItsPlace(old.Source, edited)) return null;
        // A page edited by hand in the output since: a build (whose page cache compares contents) writes it again.
        if (!last.Cache.OutputsUnchanged(Path.GetFullPath(options.Output))) return null;

        _clock.Restart();
        if (Refresh(live, old, edited, before, after) is not { } refreshed) return null;
        var failed = Fails(refreshed.Diagnostics, refreshed.Context.Index.Settings);
        // Failed or not, the pages are in the folder: the state that describes them is the one saved next.
        _live = failed ? live with { Context = last with { Cache = refreshed.Context.Cache } }
            : live with { Context = refreshed.Context, Diagnostics = refreshed.Diagnostics };
        var bag = new DiagnosticBag();
        bag.AddRange(refreshed.Diagnostics);
        return new BuildResult(!failed, live.PageCount, live.DocumentCount, bag, _clock.Timings)
        {
            RenderedPages = refreshed.Urls.Count,
            ReusedPages = live.PageCount - refreshed.Urls.Count,
            RenderedUrls = refreshed.Urls,
        };
    }

    /// <summary>Writes the cache manifest when refreshes changed it, so the next build (or the next serve) reuses their pages.</summary>
    public void SaveRefreshes()
    {
        if (!_unsavedRefreshes || _live is null) return;
        _live.Context.Cache.Save();
        _unsavedRefreshes = false;
    }

    private sealed record Refreshed(RenderContext Context, IReadOnlyList<Diagnostic> Diagnostics,
        IReadOnlyList<string> Urls, IReadOnlyList<string> Files);

    private Refreshed? Refresh(LiveSite live, SiteDocument old, ArchiveDocument edited,
        IReadOnlyList<Diagnostic> before, IReadOnlyList<Diagnostic> after)
    {
        var last = live.Context;
        var (index, document) = last.Index.Replacing(old, edited);
        var urls = index.Urls;
        var output = StagingFolder.InPlace(options.Output);
        var links = new LinkChecker(index.Settings.BaseUrl);
        // What the last build recorded is the previous build now: a page whose key did not change is kept.
        var cache = last.Cache.Continue();
        var reported = new DiagnosticBag();
        var c = RenderContext.Create(options, index, last.Markdown, last.Engine, last.Site, last.Assets, last.Maps,
            output, links, cache, reported, null, last.Mirror, last.Views.Strings);
        c.Views.KeepCards(last.Views, old);

        // What changed: the document's text, which its own page reads, and its card, when that shows something new.
        var pages = new HashSet<string>(StringComparer.Ordinal) { urls.FileFor(document.Url) };
        var recordChanged = false;
        Listings? listings = null;
        List<SiteDocument> documents = [];
        List<PageJob> listingJobs = [];
        _clock.Run("refresh: select", () =>
        {
            var cardChanged = PageKey.For("", last.Views.Summary(old)) != PageKey.For("", c.Views.Summary(document));
            if (cardChanged) pages.UnionWith(last.Cache.ShowingCard(document.Url));
            // Every page that read what changed, made by the jobs the build makes.
            var byFile = index.Documents.ToDictionary(d => urls.FileFor(d.Url), StringComparer.Ordinal);
            documents = pages.Where(byFile.ContainsKey).Select(f => byFile[f]).ToList();
            // The data files (and collections' feeds) show every document's record: written again when it changed.
            recordChanged = cardChanged || DocumentRecord.Key(old) != DocumentRecord.Key(document);
            bool Wanted(string url) => pages.Contains(urls.FileFor(url));
            listings = recordChanged ? RenderStage.Listings(c, showing: document, wanted: Wanted) : null;
            listingJobs = listings?.All.Where(job => Wanted(job.Url)).ToList() ?? [];
            return pages.Count;
        }, n => n, "pages");
        // A page recorded as showing the card that no job makes now: only a build knows what became of it.
        if (documents.Count + listingJobs.Count != pages.Count) return null;

        // The state stops describing the folder with the first page written; SaveRefreshes writes it again.
        last.Cache.Invalidate();
        _unsavedRefreshes = true;
        _clock.Run("refresh: render", () =>
        {
            var counts = new PageCounts();
            RenderStage.RenderDocuments(c, counts, documents, RenderStage.RecordedRelated(c));
            RenderStage.RenderKeyed(c, counts, listingJobs);
            return c.Pages.Count;
        }, n => n, "pages");
        _clock.Run("refresh: write", () =>
        {
            DataFilesStage.CollectionFeeds(c, listings?.Collections.Feeds ?? []);
            return recordChanged ? DataFilesStage.Refresh(c, document) : 0;
        }, n => n, "files");

        var checkedLinks = new DiagnosticBag();
        _clock.Run("refresh: check", () =>
        {
            links.Check(path => File.Exists(Path.Combine(output.Root, path)), output.Target, checkedLinks);
            return links.LinkCount;
        }, n => n, "links");
        // The last diagnostics, with what the document's reading said and what the pages considered said before (their
        // render's, their links'), swapped for what they say now.
        var stale = new List<Diagnostic>(before);
        stale.AddRange(pages.SelectMany(f => cache.Previous(f)?.Diagnostics ?? []).Select(d => d.ToDiagnostic()));
        stale.AddRange(live.Diagnostics.Where(d => d.Code == DiagnosticCodes.BrokenLink
            && pages.Any(f => d.Span.Path == LinkChecker.PagePath(options.Output, f))));
        // A diagnostic reported once (a string no file has) may be stale on a page rendered again and still be carried
        // by pages that were not: every page's record says again what it reported, and the bag keeps it once.
        var once = cache.Reported().Where(d => d.Once).Select(d => d.ToDiagnostic());
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(Without(live.Diagnostics, stale).Concat(after).Concat(reported.Sorted())
            .Concat(checkedLinks.Sorted()).Concat(once));
        var rendered = c.Pages.Urls.Order(StringComparer.Ordinal).ToList();
        return new Refreshed(c, diagnostics.Sorted(), rendered, rendered.Select(urls.FileFor).ToList());
    }

    /// <summary>The list less one occurrence of each of <paramref name="removed"/> (a warning can rightly appear twice).</summary>
    private static IEnumerable<Diagnostic> Without(IReadOnlyList<Diagnostic> list, IReadOnlyList<Diagnostic> removed)
    {
        var left = removed.GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());
        foreach (var d in list)
        {
            if (left.TryGetValue(d, out var n) && n > 0) { left[d] = n - 1; continue; }
            yield return d;
        }
    }
}
