using System.Diagnostics;
using SdgArchive.Build;

namespace SdgArchive.Serve;

/// <summary>
/// Serve's bridge to the build pipeline. The documents stay in memory between rebuilds: a change re-reads only the
/// files it names, and the build cache re-renders only the pages whose inputs changed (a template or settings change
/// re-renders every page). The live-reload script is not put into the built pages: the preview server adds it on the way out.
/// </summary>
public sealed class PipelineSiteBuilder : ISiteBuilder
{
    private readonly BuildOptions _options;
    private readonly DocumentStore _documents;
    private readonly object _gate = new();
    private bool _loaded;

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
            var result = new SiteBuilder(_options with { InPlace = inPlace }).Build(_documents.Snapshot());
            LastResult = result;
            if (_options.Verbose)
                Console.Out.WriteLine("serve: " + string.Join(", ", result.Stages.Select(s => FormattableString.Invariant($"{s.Name} {s.Elapsed.TotalMilliseconds:0} ms ({s.Cpu.TotalMilliseconds:0} ms CPU)")))
                    + FormattableString.Invariant($"; {result.RenderedPages} pages rendered, {result.ReusedPages} reused; total {clock.Elapsed.TotalMilliseconds:0} ms"));
            // Only the pages rendered this time can look different; the reused ones are the same files as before.
            var changed = changes is null || changes.AffectsEveryPage ? [] : result.RenderedUrls;
            return new BuildOutcome(result.Succeeded, result.Diagnostics.Sorted(), changed, clock.Elapsed);
        }
    }, cancellationToken);

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
