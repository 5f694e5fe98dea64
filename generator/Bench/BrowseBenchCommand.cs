using System.Globalization;
using SdgArchive.Build;
using SdgArchive.Commands;

namespace SdgArchive.Bench;

/// <summary>
/// <c>sdg-archive bench-browse</c>: what the pre-rendered <c>/documents/</c> listing costs (every document in three
/// orders, and each type, year, goal, country and language in the same three orders, 50 cards a page): on synthetic
/// corpora of the given sizes, cold builds (no cache, no search, no social cards) in this process, with the number
/// and bytes of the listing's pages against the whole site and the wall time of making them against the build's.
/// Median of <c>--runs</c> runs after a warm-up build. Used for docs/benchmarks.md.
/// </summary>
public static class BrowseBenchCommand
{
    public const string Usage = "usage: sdg-archive bench-browse [--sizes 10000] [--runs 3] "
        + "[--corpus ../shared/corpus/sdg-commons-sample] [--work /tmp/sdg-bench-browse] [--seed 20000]";

    public static int Run(CommandLine args, TextWriter output, TextWriter log)
    {
        var sizes = args.Get("sizes", "10000").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var runs = Math.Max(1, args.Int("runs", 3));
        var corpus = Path.GetFullPath(args.Get("corpus", "../shared/corpus/sdg-commons-sample"));
        var work = Path.GetFullPath(args.Get("work", Path.Combine(Path.GetTempPath(), "sdg-bench-browse")));
        var seed = args.Int("seed", 20_000);
        if (args.ReportProblems(Usage, log) is var usage and not 0)
        {
            return usage;
        }
        if (!Directory.Exists(corpus))
        {
            log.WriteLine($"bench-browse: corpus folder not found: {corpus}\n{Usage}");
            return 2;
        }

        var pages = CorpusPage.LoadFolder(corpus);
        output.WriteLine("| documents | listing pages | of all pages | listing bytes | of all bytes"
            + " | listing time (CPU) | of build | build (cold, CPU) |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var folder = Path.Combine(work, size.ToString(CultureInfo.InvariantCulture));
            // Only a folder this command made (its marker inside) is replaced: --work may name any folder.
            var marker = Path.Combine(folder, ".sdg-bench-browse");
            if (Directory.Exists(folder) && !File.Exists(marker))
            {
                log.WriteLine($"bench-browse: {folder} exists and was not made by bench-browse; choose another --work");
                return 2;
            }
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            Directory.CreateDirectory(folder);
            File.WriteAllText(marker, "made by sdg-archive bench-browse\n");
            var source = Path.Combine(folder, "seeds");
            SyntheticCorpus.WriteArchive(SyntheticCorpus.Generate(pages, size, seed), source);
            log.WriteLine($"bench-browse: {size} documents, {runs} runs + 1 warm-up");
            var measured = new List<(double Build, double BuildCpu, double Listing, double ListingCpu)>();
            ListingFigures? figures = null;
            for (var run = 0; run <= runs; run++)
            {
                var outFolder = Path.Combine(folder, $"public-{run}");
                var options = new BuildOptions
                {
                    Source = source, Output = outFolder, Cache = Path.Combine(folder, $"cache-{run}"),
                    Search = false, Cards = false, UseCache = false,
                };
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
                var result = new SitePipeline(options).Build();
                var wall = clock.Elapsed.TotalMilliseconds;
                var buildCpu = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu)
                    .TotalMilliseconds;
                if (!result.Succeeded)
                {
                    log.WriteLine($"bench-browse: the build failed\n{result.Diagnostics.Summary()}");
                    return 1;
                }
                var listing = result.Browse.Elapsed.TotalMilliseconds;
                var listingCpu = result.Browse.Cpu.TotalMilliseconds;
                log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  run {run}{(run == 0 ? " (warm-up)" : "")}: build {wall:0} ms ({buildCpu:0} ms CPU), "
                    + $"listing {listing:0} ms ({listingCpu:0} ms CPU)"));
                figures ??= ListingFigures.Of(outFolder);
                if (run > 0) measured.Add((wall, buildCpu, listing, listingCpu));
                Directory.Delete(outFolder, recursive: true);
            }
            // The median by CPU time: steadier than wall time on a shared machine.
            var median = measured.OrderBy(m => m.BuildCpu).ElementAt(measured.Count / 2);
            var f = figures!;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {size:N0} | {f.Pages:N0} | {100.0 * f.Pages / f.AllPages:0.0} % | {f.Bytes / 1e6:0.0} MB "
                + $"| {100.0 * f.Bytes / f.AllBytes:0.0} % "
                + $"| {median.Listing / 1000:0.00} s ({median.ListingCpu / 1000:0.00} s) "
                + $"| {100 * median.ListingCpu / median.BuildCpu:0.0} % of CPU "
                + $"| {median.Build / 1000:0.00} s ({median.BuildCpu / 1000:0.00} s) |"));
        }
        return 0;
    }

    /// <summary>The listing's pages (<c>/documents/</c> and everything under <c>/browse/</c>) and every HTML page.</summary>
    private sealed record ListingFigures(int Pages, long Bytes, int AllPages, long AllBytes)
    {
        public static ListingFigures Of(string site)
        {
            var all = Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories)
                .Select(f => new FileInfo(f)).ToList();
            var browse = Path.Combine(site, "browse") + Path.DirectorySeparatorChar;
            var first = Path.Combine(site, "documents", "index.html");
            var listing = all.Where(f => f.FullName.StartsWith(browse, StringComparison.Ordinal) || f.FullName == first)
                .ToList();
            return new ListingFigures(listing.Count, listing.Sum(f => f.Length), all.Count, all.Sum(f => f.Length));
        }
    }
}
