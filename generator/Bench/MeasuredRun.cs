using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SdgArchive.Bench;

/// <summary>Wall time and peak resident memory of one child process (peak from <c>/usr/bin/time -v</c> when installed).</summary>
/// <remarks>CPU time (user + system) is kept too: on a shared, loaded machine it is steadier than wall time.</remarks>
public sealed partial record MeasuredRun(TimeSpan Wall, long? PeakBytes, int ExitCode, string ErrorTail, TimeSpan? Cpu = null)
{
    private const string GnuTime = "/usr/bin/time";

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex MaxRss();

    [GeneratedRegex(@"(User|System) time \(seconds\): ([0-9.]+)")]
    private static partial Regex CpuSeconds();

    public bool Succeeded => ExitCode == 0;

    /// <summary>The run with the median wall time (a failed run wins, so a failure is never hidden); null for none.</summary>
    public static MeasuredRun? Median(IReadOnlyList<MeasuredRun> runs) =>
        runs.FirstOrDefault(r => !r.Succeeded) ?? runs.OrderBy(r => r.Wall).ElementAtOrDefault(runs.Count / 2);

    public static async Task<MeasuredRun> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        var useTime = File.Exists(GnuTime);
        var start = new ProcessStartInfo(useTime ? GnuTime : fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (useTime) { start.ArgumentList.Add("-v"); start.ArgumentList.Add(fileName); }
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["CI"] = "true"; // plain progress lines, no live display

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        clock.Stop();
        await stdout;
        var errors = await stderr;
        var rss = MaxRss().Match(errors);
        var ownErrors = useTime ? errors[..(errors.IndexOf("\tCommand being timed", StringComparison.Ordinal) is var i and >= 0 ? i : errors.Length)] : errors;
        var tail = string.Join('\n', ownErrors.Trim().Split('\n').TakeLast(5));
        var cpu = CpuSeconds().Matches(errors).Sum(m => double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        return new MeasuredRun(clock.Elapsed, rss.Success ? long.Parse(rss.Groups[1].Value) * 1024 : null, process.ExitCode, tail,
            useTime ? TimeSpan.FromSeconds(cpu) : null);
    }
}
