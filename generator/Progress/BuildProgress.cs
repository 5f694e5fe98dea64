using Spectre.Console;

namespace SdgArchive.Progress;

/// <summary>
/// Runs a build with the right progress display: live bars on an interactive terminal, plain lines when
/// <c>CI=true</c> or output is redirected. <c>--verbose</c> ends with a per-stage timing table.
/// </summary>
public static class BuildProgress
{
    public static bool IsInteractive(IAnsiConsole console) =>
        !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
        && !Console.IsOutputRedirected
        && console.Profile.Capabilities.Interactive;

    public static async Task<T> RunAsync<T>(Func<IBuildProgress, Task<T>> build, bool verbose, TextWriter? plainOutput = null, IAnsiConsole? console = null)
    {
        console ??= AnsiConsole.Console;
        if (plainOutput is null && IsInteractive(console))
        {
            LiveProgress? live = null;
            var result = await console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async context => { live = new LiveProgress(context); return await build(live); });
            if (verbose && live is not null) WriteTimings(live.Timings, Console.Out);
            return result;
        }
        var output = plainOutput ?? Console.Out;
        var plain = new PlainProgress(output);
        var value = await build(plain);
        if (verbose) WriteTimings(plain.Timings, output);
        return value;
    }

    public static void WriteTimings(IReadOnlyList<StageTiming> timings, TextWriter output)
    {
        var total = timings.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Elapsed);
        output.WriteLine("stage timings:");
        foreach (var timing in timings)
            output.WriteLine($"  {timing.Name,-24} {timing.Elapsed.TotalMilliseconds,9:0} ms  {timing.Items,8} items");
        output.WriteLine($"  {"total",-24} {total.TotalMilliseconds,9:0} ms");
    }
}
