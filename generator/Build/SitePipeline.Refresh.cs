using SdgArchive.Diagnostics;
using SdgArchive.Model;
using SdgArchive.Output;
using SdgArchive.Publishing;
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
    /// the site, straight into the output folder: its page, and when its excerpt or images changed, the pages and files that show
    /// the excerpt (its term listings and browse pages, the home page, the other documents that list it as related,
    /// documents.json, the CSV, browse.json and the feed). Nothing else can differ from what a full build writes. <paramref name="before"/> and
    /// <paramref name="after"/> are the document's own read diagnostics, which the result's diagnostics swap.
    /// <paramref name="edited"/> was read with the same slug as before (the caller checks), so it keeps the address the
    /// last build gave it. Null when there is nothing to refresh from or the edit changes more: the caller builds again.
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
        var refreshed = _clock.Run("refresh", () => Refresh(live, old, edited, before, after), r => r.Files.Count, "pages");
        var failed = Fails(refreshed.Diagnostics, refreshed.Context.Index.Settings);
        if (!failed) _live = live with { Context = refreshed.Context, Diagnostics = refreshed.Diagnostics };
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

    private sealed record Refreshed(RenderContext Context, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Urls, IReadOnlyList<string> Files);

    private Refreshed Refresh(LiveSite live, SiteDocument old, ArchiveDocument edited, IReadOnlyList<Diagnostic> before, IReadOnlyList<Diagnostic> after)
    {
        var last = live.Context;
        var (index, document) = last.Index.Replacing(old, edited);
        var output = StagingFolder.InPlace(options.Output);
        var links = new LinkChecker(index.Settings.BaseUrl);
        // The edited page reports into its own bag; pages re-rendered only for the new excerpt said all they have to say before.
        var reported = new DiagnosticBag();
        var repeated = new DiagnosticBag();
        RenderContext ContextFor(DiagnosticBag bag) => RenderContext.Create(options, index, last.Markdown, last.Engine, last.Site, last.Assets,
            last.Maps, output, links, last.Cache, bag, null, last.Mirror, last.Views.Strings);
        var edit = ContextFor(reported);
        var others = ContextFor(repeated);
        // The manifest stops describing the folder with the first page written; SaveRefreshes writes it again.
        last.Cache.Invalidate();
        _unsavedRefreshes = true;

        var urls = index.Urls;
        var counts = new PageCounts();
        var byUrl = index.Documents.ToDictionary(d => d.Url, StringComparer.Ordinal);
        void RenderDocumentPage(RenderContext c, SiteDocument d)
        {
            var file = urls.FileFor(d.Url);
            // Related lists depend on terms alone, which no refresh changes: the ones the last build recorded still hold.
            var recorded = last.Cache.Current(file)?.Related;
            var related = recorded is { Count: > 0 } && recorded.All(byUrl.ContainsKey) ? recorded.Select(u => byUrl[u]).ToList() : index.Related(d);
            RenderStage.RenderDocument(c, counts, d, file, RenderStage.DocumentKey(c, d, related), related);
        }

        var editedFile = urls.FileFor(document.Url);
        var previousRender = last.Cache.Current(editedFile)?.Diagnostics.Select(d => d.ToDiagnostic()).ToList() ?? [];
        RenderDocumentPage(edit, document);
        // The listings show its excerpt and its card's picture (its first image): either changed, they are drawn again.
        if (document.Excerpt != old.Excerpt || !old.Source.Images.Select(i => (i.Url, i.EmbeddedLength))
                .SequenceEqual(document.Source.Images.Select(i => (i.Url, i.EmbeddedLength))))
        {
            var byFile = index.Documents.ToDictionary(d => urls.FileFor(d.Url), StringComparer.Ordinal);
            var listing = last.Cache.ShowingRelated(document.Url).Where(byFile.ContainsKey).Select(f => byFile[f]).ToList();
            Parallel.ForEach(listing, d => RenderDocumentPage(others, d));
            var termPages = index.TermsOf(document)
                .SelectMany(term => others.Jobs.TermPages(index.Taxonomy(term.Taxonomy.Key), term, others.Maps))
                .Where(job => job.Term.Documents.Any(s => s.Url == document.Url)).ToList();
            Parallel.ForEach(termPages, job =>
                RenderStage.RenderTermPage(others, counts, job, urls.FileFor(job.Url), RenderStage.TermPageKey(others, job)));
            others.Pages.Render(others.Jobs.HomePage());
            RenderStage.RenderKeyed(others, counts, others.Jobs.BrowsePages().Where(job => job.Browse.Documents.Any(s => s.Url == document.Url)).ToList());
            output.WriteBytes(urls.FileFor(urls.DocumentsCsv), DocumentsCsv.Write(index));
            output.WriteBytes(urls.FileFor(urls.BrowseJson), Browse.BrowseIndexJson.Write(index, others.Views));
            output.WriteBytes(urls.FileFor(urls.DocumentsJson), DocumentsJson.Write(index));
            output.WriteBytes(urls.FileFor(urls.Feed), AtomFeed.Write(index));
        }

        var pageUrls = edit.Pages.Urls.Concat(others.Pages.Urls).Order(StringComparer.Ordinal).ToList();
        var files = pageUrls.Select(urls.FileFor).ToHashSet(StringComparer.Ordinal);
        var checkedLinks = new DiagnosticBag();
        links.Check(path => File.Exists(Path.Combine(output.Root, path)), output.Target, checkedLinks);

        // The last diagnostics, with what this document's reading and rendering said, and the re-rendered pages' links, swapped.
        var stale = new List<Diagnostic>(before);
        stale.AddRange(previousRender);
        stale.AddRange(live.Diagnostics.Where(d => d.Code == DiagnosticCodes.BrokenLink
            && files.Any(f => d.Span.Path == LinkChecker.PagePath(options.Output, f))));
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(Without(live.Diagnostics, stale).Concat(after).Concat(reported.Sorted()).Concat(checkedLinks.Sorted())
            .Concat(repeated.Sorted().Where(d => d.Code == DiagnosticCodes.TemplateError)));
        return new Refreshed(edit, diagnostics.Sorted(), pageUrls, files.Order(StringComparer.Ordinal).ToList());
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
