using System.Globalization;

namespace SdgArchive.Bench;

/// <summary>The figures for one corpus size; null where a step was skipped or failed.</summary>
public sealed record BenchRow(int Documents, MeasuredRun? Cold, MeasuredRun? Rebuild, IReadOnlyList<TimeSpan>? Edits, MeasuredRun? HugoCold, MeasuredRun? HugoRebuild)
{
    public TimeSpan? EditMedian => Edits is { Count: > 0 } ? Edits.Order().ElementAt(Edits.Count / 2) : null;

    public static string Header =>
        "| documents | cold build | no-change rebuild | rebuild / cold | edit → page (median) | peak memory | Hugo cold | Hugo rebuild | Hugo peak | cold / Hugo |\n" +
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

    public string ToMarkdown() => string.Join(" | ",
        "",
        Documents.ToString("N0", CultureInfo.InvariantCulture),
        Seconds(Cold),
        Seconds(Rebuild),
        Cold is { Succeeded: true } && Rebuild is { Succeeded: true } ? Percent(Rebuild.Wall / Cold.Wall) : "–",
        EditMedian is { } median ? $"{median.TotalMilliseconds:0} ms" : "–",
        Megabytes(Cold),
        Seconds(HugoCold),
        Seconds(HugoRebuild),
        Megabytes(HugoCold),
        Cold is { Succeeded: true } && HugoCold is { Succeeded: true } ? (Cold.Wall / HugoCold.Wall).ToString("0.00", CultureInfo.InvariantCulture) : "–",
        "").Trim();

    private static string Seconds(MeasuredRun? run) =>
        run is null ? "–" : run.Succeeded ? run.Wall.TotalSeconds.ToString("0.00 s", CultureInfo.InvariantCulture) : $"failed ({run.ExitCode})";

    private static string Megabytes(MeasuredRun? run) =>
        run is { Succeeded: true, PeakBytes: { } bytes } ? (bytes / 1024.0 / 1024.0).ToString("0 MB", CultureInfo.InvariantCulture) : "–";

    private static string Percent(double ratio) => (ratio * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
