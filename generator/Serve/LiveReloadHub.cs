using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using SdgArchive.Diagnostics;

namespace SdgArchive.Serve;

/// <summary>
/// Fans build results out to every open tab over server-sent events. Each tab gets its own bounded
/// queue so a stalled tab can never hold up the rebuild loop or the other tabs.
/// </summary>
public sealed class LiveReloadHub
{
    private readonly ConcurrentDictionary<long, Channel<LiveReloadEvent>> _subscribers = new();
    private long _nextSubscriber;
    private int _build;
    private volatile DiagnosticsSnapshot _diagnostics = DiagnosticsSnapshot.Empty;

    /// <summary>Differs per server process, so a tab that reconnects after a restart knows to reload.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    public DiagnosticsSnapshot Diagnostics => _diagnostics;
    public int SubscriberCount => _subscribers.Count;

    /// <summary>Reports a finished build: new diagnostics first (so a reloaded tab shows them), then the reload.</summary>
    public void PublishBuild(IEnumerable<Diagnostic> diagnostics, IReadOnlyList<string> changedPaths)
    {
        var build = Interlocked.Increment(ref _build);
        var snapshot = DiagnosticsSnapshot.From(build, diagnostics);
        _diagnostics = snapshot;
        Broadcast(new LiveReloadEvent("diagnostics", snapshot.ToJson()));
        Broadcast(new LiveReloadEvent("reload", JsonSerializer.Serialize(new { build, paths = changedPaths })));
    }

    /// <summary>Diagnostics without a reload, e.g. when a rebuild failed and the old pages stay.</summary>
    public void PublishDiagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        var snapshot = DiagnosticsSnapshot.From(Interlocked.Increment(ref _build), diagnostics);
        _diagnostics = snapshot;
        Broadcast(new LiveReloadEvent("diagnostics", snapshot.ToJson()));
    }

    public Subscription Subscribe()
    {
        var channel = Channel.CreateBounded<LiveReloadEvent>(new BoundedChannelOptions(32)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        var id = Interlocked.Increment(ref _nextSubscriber);
        _subscribers[id] = channel;
        channel.Writer.TryWrite(new LiveReloadEvent("hello", JsonSerializer.Serialize(new { instance = InstanceId })));
        channel.Writer.TryWrite(new LiveReloadEvent("diagnostics", _diagnostics.ToJson()));
        return new Subscription(this, id, channel.Reader);
    }

    private void Broadcast(LiveReloadEvent e)
    {
        foreach (var channel in _subscribers.Values) channel.Writer.TryWrite(e);
    }

    public sealed class Subscription(LiveReloadHub hub, long id, ChannelReader<LiveReloadEvent> reader) : IDisposable
    {
        public ChannelReader<LiveReloadEvent> Events => reader;

        public void Dispose()
        {
            if (hub._subscribers.TryRemove(id, out var channel)) channel.Writer.TryComplete();
        }
    }
}
