using System.Collections.Concurrent;
using System.Diagnostics;
using Spectre.Console;

namespace SdgArchive.Progress;

/// <summary>Spectre.Console's live progress bars, one per stage, for an interactive terminal.</summary>
public sealed class LiveProgress(ProgressContext context) : IBuildProgress
{
    private readonly ConcurrentQueue<StageTiming> _timings = new();

    public IReadOnlyList<StageTiming> Timings => _timings.ToList();

    public IStageProgress Stage(string name, int total)
    {
        var task = context.AddTask(Markup.Escape(name), maxValue: Math.Max(total, 1));
        if (total == 0) task.IsIndeterminate = true;
        return new LiveStage(this, task, name);
    }

    private sealed class LiveStage(LiveProgress owner, ProgressTask task, string name) : IStageProgress
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private int _items;
        private int _done;

        public void Advance(int count = 1)
        {
            Interlocked.Add(ref _items, count);
            task.Increment(count);
        }

        public void Complete(string? detail = null)
        {
            if (Interlocked.Exchange(ref _done, 1) != 0) return;
            task.IsIndeterminate = false;
            task.Value = task.MaxValue;
            task.Description = Markup.Escape($"{name}: {_items} {detail ?? "items"}");
            task.StopTask();
            owner._timings.Enqueue(new StageTiming(name, _items, _clock.Elapsed, detail));
        }

        public void Dispose() => Complete();
    }
}
