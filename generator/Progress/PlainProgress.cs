using System.Collections.Concurrent;
using System.Diagnostics;

namespace SdgArchive.Progress;

/// <summary>One line per finished stage, with its count and time: readable in CI logs, no control characters.</summary>
public sealed class PlainProgress(TextWriter output) : IBuildProgress
{
    private readonly ConcurrentQueue<StageTiming> _timings = new();

    public IReadOnlyList<StageTiming> Timings => _timings.ToList();

    public IStageProgress Stage(string name, int total) => new PlainStage(this, name);

    private void Finish(StageTiming timing)
    {
        _timings.Enqueue(timing);
        lock (output) output.WriteLine(timing.ToLine());
    }

    private sealed class PlainStage(PlainProgress owner, string name) : IStageProgress
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private int _items;
        private int _done;

        public void Advance(int count = 1) => Interlocked.Add(ref _items, count);

        public void Complete(string? detail = null)
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) owner.Finish(new StageTiming(name, _items, _clock.Elapsed, detail));
        }

        public void Dispose() => Complete();
    }
}
