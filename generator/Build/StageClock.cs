using System.Diagnostics;
using SdgArchive.Progress;

namespace SdgArchive.Build;

/// <summary>
/// Runs the build's stages one after the other: each is timed (wall and process CPU), shown as progress and counted,
/// and its timing kept for the result (<c>--verbose</c>, the bench).
/// </summary>
public sealed class StageClock(IBuildProgress? progress = null)
{
    private readonly IBuildProgress _progress = progress ?? SilentProgress.Instance;
    private readonly List<StageTiming> _timings = [];

    /// <summary>The stages run since the last <see cref="Restart"/>, in order.</summary>
    public IReadOnlyList<StageTiming> Timings => _timings.ToList();

    public void Restart() => _timings.Clear();

    public T Run<T>(string name, Func<T> run, Func<T, int> count, string detail) => Run(name, run, count, () => detail);

    public T Run<T>(string name, Func<T> run, Func<T, int> count, Func<string> detail) =>
        Run(name, stage => { var result = run(); stage.Advance(count(result)); return result; }, 0, count, detail);

    /// <summary>A stage that advances its own progress (<paramref name="total"/> items expected).</summary>
    public T Run<T>(string name, Func<IStageProgress, T> run, int total, Func<T, int> count, Func<string> detail)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        using var stage = _progress.Stage(name, total);
        var result = run(stage);
        var items = count(result);
        stage.Complete(detail());
        _timings.Add(new StageTiming(name, clock.Elapsed, items) { Cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu });
        return result;
    }
}
