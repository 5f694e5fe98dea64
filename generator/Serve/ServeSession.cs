using System.Diagnostics;
using SdgArchive.Diagnostics;

namespace SdgArchive.Serve;

/// <summary>
/// One <c>serve</c> run: build, serve the output, and on every change rebuild what it affects, tell the
/// open tabs to reload and show the diagnostics in the terminal and the browser overlay.
/// </summary>
public sealed class ServeSession : IAsyncDisposable
{
    private readonly ISiteBuilder _builder;
    private readonly IReadOnlyList<WatchedPath> _watched;
    private readonly TextWriter _log;
    private readonly PreviewServer _server;
    private SiteWatcher? _watcher;
    private HashSet<string> _shownDiagnostics = new(StringComparer.Ordinal);

    public ServeSession(ISiteBuilder builder, PreviewServerOptions serverOptions, IReadOnlyList<WatchedPath> watched, TextWriter log)
    {
        _builder = builder;
        _watched = watched;
        _log = log;
        _server = new PreviewServer(serverOptions with { Root = builder.OutputFolder });
    }

    public Uri Address => _server.Address;
    public LiveReloadHub Hub => _server.Hub;

    /// <summary>Raised after every rebuild (tests and the benchmark wait on it).</summary>
    public event Action<BuildOutcome>? Rebuilt;

    public async Task<BuildOutcome> StartAsync(CancellationToken cancellationToken)
    {
        var first = await BuildSafelyAsync(null, cancellationToken);
        Report(first, "built");
        _server.Hub.PublishDiagnostics(first.Diagnostics);
        await _server.StartAsync(cancellationToken);
        _watcher = new SiteWatcher(_watched, OnChangeAsync);
        _watcher.CallbackFailed += e => _log.WriteLine($"serve: rebuild failed: {e.Message}");
        _watcher.Start();
        return first;
    }

    private async Task OnChangeAsync(ChangeSet changes, CancellationToken cancellationToken)
    {
        _log.WriteLine($"serve: {changes}");
        var outcome = await BuildSafelyAsync(changes, cancellationToken);
        Report(outcome, "rebuilt");
        if (outcome.Succeeded) _server.Hub.PublishBuild(outcome.Diagnostics, outcome.ChangedPaths);
        else _server.Hub.PublishDiagnostics(outcome.Diagnostics);
        Rebuilt?.Invoke(outcome);
    }

    /// <summary>A builder bug must not stop the preview: it becomes a diagnostic like any other.</summary>
    private async Task<BuildOutcome> BuildSafelyAsync(ChangeSet? changes, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return await _builder.BuildAsync(changes, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return BuildOutcome.Failed(new Diagnostic(new SourceSpan("serve", 0, 0), Severity.Error, DiagnosticCodes.Internal,
                $"build failed: {e.GetType().Name}: {e.Message}"), clock.Elapsed);
        }
    }

    /// <summary>Prints only what is new since the last build, so an unchanged warning does not scroll by on every save.</summary>
    private void Report(BuildOutcome outcome, string verb)
    {
        var current = outcome.Diagnostics.Where(d => d.Severity >= Severity.Warning)
            .OrderBy(d => d.Span.Path, StringComparer.Ordinal).ThenBy(d => d.Span.Line).Select(d => d.ToString()).ToList();
        var fixedCount = _shownDiagnostics.Count(d => !current.Contains(d));
        foreach (var line in current.Where(d => !_shownDiagnostics.Contains(d))) _log.WriteLine(line);
        _shownDiagnostics = current.ToHashSet(StringComparer.Ordinal);
        var status = outcome.Succeeded ? verb : $"{verb} with errors";
        var fixedNote = fixedCount > 0 ? $", {fixedCount} fixed" : "";
        _log.WriteLine($"serve: {status} in {outcome.Elapsed.TotalMilliseconds:0} ms ({current.Count} warnings/errors{fixedNote})");
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        await _server.DisposeAsync();
        (_builder as IDisposable)?.Dispose();
    }
}
