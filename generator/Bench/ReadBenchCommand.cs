using SdgArchive.Caching;
using System.Diagnostics;
using System.Globalization;
using SdgArchive.Commands;
using SdgArchive.Diagnostics;
using SdgArchive.Reading;
using SdgArchive.Syntax;

namespace SdgArchive.Bench;

/// <summary>
/// <c>sdg-archive bench-read</c>: the read stage alone, per document: decoding, the one Markdig parse with the
/// archive's extensions, and the projection of the model from the tree (answers rendered, findings located), on the
/// files of a corpus already in memory (no disk in the figures). Each run times every document on one thread (the
/// per-document figures), then the whole corpus as the build reads it (in parallel). Prints the median run.
/// Used for docs/benchmarks.md.
/// </summary>
public static class ReadBenchCommand
{
    public const string Usage = "usage: sdg-archive bench-read [--source ../shared/corpus/sdg-commons-sample] [--runs 5]";

    public static int Run(CommandLine args, TextWriter output, TextWriter errors)
    {
        var source = args.Get("source", "../shared/corpus/sdg-commons-sample");
        var runs = Math.Max(1, args.Int("runs", 5));
        if (args.ReportProblems(Usage, errors) is var usage and not 0)
        {
            return usage;
        }
        if (!Directory.Exists(source))
        {
            errors.WriteLine($"bench-read: no folder {source}\n{Usage}");
            return 2;
        }
        var root = Path.GetFullPath(source);
        var files = ArchiveReader.DocumentFiles(root).Select(f => (Path: f, Bytes: File.ReadAllBytes(Path.Combine(root, f)))).ToList();
        errors.WriteLine($"bench-read: {files.Count} documents, {files.Sum(f => f.Bytes.Length) / 1e6:0.0} MB, {runs} runs + 1 warm-up");

        Measure(files); // warm-up: JIT, Markdig's and the regexes' first use
        var measured = Enumerable.Range(0, runs).Select(_ => Measure(files)).OrderBy(m => m.ParallelMs).ToList();
        var median = measured[measured.Count / 2];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            | read stage, {files.Count} documents ({files.Sum(f => f.Bytes.Length) / 1e6:0.0} MB), median of {runs} runs | median per document | 90th percentile | slowest | whole corpus, one thread |
            |---|---:|---:|---:|---:|
            | decode | {Ms(median.Decode, 0.5)} | {Ms(median.Decode, 0.9)} | {Ms(median.Decode, 1)} | {median.Decode.Sum():0} ms |
            | Markdig parse (archive extensions) | {Ms(median.Parse, 0.5)} | {Ms(median.Parse, 0.9)} | {Ms(median.Parse, 1)} | {median.Parse.Sum():0} ms |
            | projection (model, answers rendered) | {Ms(median.Project, 0.5)} | {Ms(median.Project, 0.9)} | {Ms(median.Project, 1)} | {median.Project.Sum():0} ms |
            | parse + projection | {Ms(median.Both, 0.5)} | {Ms(median.Both, 0.9)} | {Ms(median.Both, 1)} | {median.Both.Sum():0} ms |

            allocated per document (mean, one thread): decode {Kb(median.Allocated[0], files.Count)}, parse {
                Kb(median.Allocated[1], files.Count)}, projection {Kb(median.Allocated[2], files.Count)}; DocumentReader.Read whole (language, repairs, limits too) {
                Kb(median.Allocated[3], files.Count)}; the text itself {Kb(files.Sum(f => (long)f.Bytes.Length), files.Count)} of UTF-8

            whole corpus as the build reads it (DocumentReader.Read, {Environment.ProcessorCount} cores in parallel): {median.ParallelMs:0} ms ({files.Count / (median.ParallelMs / 1000):0} documents/s); slowest document: {median.Slowest}
            """));
        return 0;
    }

    private sealed record Measurement(double[] Decode, double[] Parse, double[] Project, double[] Both, double ParallelMs,
        string Slowest, long[] Allocated);

    private static Measurement Measure(List<(string Path, byte[] Bytes)> files)
    {
        var (decode, parse, project) = (new double[files.Count], new double[files.Count], new double[files.Count]);
        // Bytes allocated by this thread in each phase, summed: what the GC has to collect after reading.
        var allocated = new long[4];
        for (var i = 0; i < files.Count; i++)
        {
            var (path, bytes) = files[i];
            var diagnostics = new List<Diagnostic>();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            var text = SourceText.Decode(bytes, path, diagnostics);
            var decoded = Stopwatch.GetTimestamp();
            var afterDecode = GC.GetAllocatedBytesForCurrentThread();
            if (text is null) continue;
            var tree = Markdig.Markdown.Parse(text, ArchiveMarkdown.Documents);
            var parsed = Stopwatch.GetTimestamp();
            var afterParse = GC.GetAllocatedBytesForCurrentThread();
            DocumentProjection.Project(tree, text, path, ContentHash.Of(bytes), diagnostics);
            var projected = Stopwatch.GetTimestamp();
            var afterProjection = GC.GetAllocatedBytesForCurrentThread();
            DocumentReader.Read(path, bytes);
            allocated[0] += afterDecode - before;
            allocated[1] += afterParse - afterDecode;
            allocated[2] += afterProjection - afterParse;
            allocated[3] += GC.GetAllocatedBytesForCurrentThread() - afterProjection;
            (decode[i], parse[i], project[i]) = (Stopwatch.GetElapsedTime(start, decoded).TotalMilliseconds,
                Stopwatch.GetElapsedTime(decoded, parsed).TotalMilliseconds, Stopwatch.GetElapsedTime(parsed, projected).TotalMilliseconds);
        }
        var both = parse.Zip(project, (a, b) => a + b).ToArray();
        var slowest = Enumerable.Range(0, files.Count).MaxBy(i => both[i]);
        var wall = Stopwatch.StartNew();
        Parallel.For(0, files.Count, i => DocumentReader.Read(files[i].Path, files[i].Bytes));
        return new(decode, parse, project, both, wall.Elapsed.TotalMilliseconds,
            string.Create(CultureInfo.InvariantCulture, $"{files[slowest].Path} ({files[slowest].Bytes.Length / 1e3:0} kB, {both[slowest]:0.0} ms)"),
            allocated);
    }

    private static string Kb(long bytes, int documents) =>
        string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / Math.Max(1, documents):0} KiB");

    private static string Ms(double[] values, double quantile)
    {
        var sorted = values.Order().ToArray();
        var index = (int)Math.Clamp(Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1);
        return string.Create(CultureInfo.InvariantCulture, $"{sorted[index]:0.00} ms");
    }
}
