using System.Diagnostics;
using SdgArchive.Build;
using SdgArchive.Reading;

namespace SdgArchive.Serve;

/// <summary>
/// Serve's bridge to the build pipeline. The documents stay in memory between rebuilds: a change re-reads only the
/// files it names. A saved document that keeps its place in the site's lists is refreshed alone by the last build;
/// any other change builds again, and the build cache re-renders only the pages whose inputs changed (a template or
/// settings change re-renders every page). The live-reload script is not put into the built pages: the preview server adds it on the way out.
/// </summary>
public sealed class PipelineSiteBuilder : ISiteBuilder, IDisposable
{
    private readonly BuildOptions _options;
    private readonly DocumentStore _documents;
    private readonly object _gate = new();
    private bool _loaded;
    /// <summary>The last build, which can refresh one edited document's pages without building again.</summary>
    private SitePipeline? _last;

    public PipelineSiteBuilder(BuildOptions options)
    {
        _options = options with { LiveReload = false, Search = false, Cards = false };
        _documents = new DocumentStore(_options.Source);
    }

    public string OutputFolder => Path.GetFullPath(_options.Output);

    /// <summary>Timings of the last build (for <c>--verbose</c> and the benchmark).</summary>
    public BuildResult? LastResult { get; private set; }

    public Task<BuildOutcome> BuildAsync(ChangeSet? changes, CancellationToken cancellationToken) => Task.Run(() =>
    {
        lock (_gate)
        {
            var clock = Stopwatch.StartNew();
            if (_loaded && changes is not null && TryRefresh(changes, clock) is { } refreshed) return refreshed;
            // The next build reads the cache's manifest: refreshed pages must be in it.
            _last?.SaveRefreshes();
            if (!_loaded || changes is null || changes.IsFullRebuild)
            {
                _documents.ReadAll();
                _loaded = true;
            }
            else
            {
                foreach (var change in changes.Changes.Where(c => c.Area == WatchArea.Documents)) _documents.Update(change.FullPath);
            }
            // Document and content edits write only what changed into the served folder; a template or settings change
            // (every page) is staged and swapped as a whole, so a template error leaves the last good site in place.
            var inPlace = changes is { IsFullRebuild: false, AffectsEveryPage: false };
            _last = new SitePipeline(_options with { InPlace = inPlace });
            var result = _last.Build(_documents.Snapshot());
            Report(result, clock);
            // Only the pages rendered this time can look different; the reused ones are the same files as before.
            var changed = changes is null || changes.AffectsEveryPage ? [] : result.RenderedUrls;
            return new BuildOutcome(result.Succeeded, result.Diagnostics.Sorted(), changed, clock.Elapsed);
        }
    }, cancellationToken);

    /// <summary>
    /// One saved document whose edit keeps its title, dates, tags and places: its page (and, for a new card, the pages
    /// the build state records as showing it) is re-rendered alone by the last build's
    /// <see cref="SitePipeline.TryRefresh"/>. Null when the change is anything else: the caller builds again (the
    /// document store is up to date either way).
    /// </summary>
    private BuildOutcome? TryRefresh(ChangeSet changes, Stopwatch clock)
    {
        if (_last is null || changes.IsFullRebuild || changes.Changes is not [{ Area: WatchArea.Documents, Kind: ChangeKind.DocumentChanged or ChangeKind.DocumentAdded } change])
            return null;
        if (_documents.DocumentPath(change.FullPath) is not { } path || _documents.Get(path) is not { Document: { } } previous) return null;
        _documents.Update(change.FullPath);
        // The slug it is read with decides its address (with the others'): a new one means other addresses may move.
        if (_documents.Get(path) is not { Document: { } document } read || document.Slug != previous.Document.Slug) return null;
        var (_, before) = ArchiveReader.FinishOne(previous, _documents.Prefix);
        var (edited, after) = ArchiveReader.FinishOne(read, _documents.Prefix);
        if (_last.TryRefresh(edited!, before, after) is not { } result) return null;
        Report(result, clock);
        return new BuildOutcome(result.Succeeded, result.Diagnostics.Sorted(), result.RenderedUrls, clock.Elapsed);
    }

    private void Report(BuildResult result, Stopwatch clock)
    {
        LastResult = result;
        if (_options.Verbose)
            Console.Out.WriteLine("serve: " + string.Join(", ", result.Stages.Select(s => FormattableString.Invariant($"{s.Name} {s.Elapsed.TotalMilliseconds:0} ms ({s.Cpu.TotalMilliseconds:0} ms CPU)")))
                + FormattableString.Invariant($"; {result.RenderedPages} pages rendered, {result.ReusedPages} reused; total {clock.Elapsed.TotalMilliseconds:0} ms"));
    }

    /// <summary>Writes what refreshes left unsaved in the build cache, so the next serve or build reuses those pages.</summary>
    public void Dispose()
    {
        lock (_gate) _last?.SaveRefreshes();
    }

    /// <summary>Paths relative to the working folder when they are below it, so diagnostics read <c>seeds/x.txt(3,1)</c>.</summary>
    public static ISiteBuilder For(ServeProject project, string? baseUrl) => new PipelineSiteBuilder(new BuildOptions
    {
        Source = Shorten(project.SourceFolder),
        Content = Shorten(project.ContentFolder),
        Templates = Shorten(project.TemplatesFolder),
        Output = project.OutputFolder,
        Cache = Path.Combine(project.Root, Caching.BuildCache.FolderName),
        UseCache = project.UseCache,
        BaseUrl = baseUrl,
        Verbose = project.Verbose,
    });

    private static string Shorten(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
