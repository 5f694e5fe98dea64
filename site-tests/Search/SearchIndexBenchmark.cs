using System.Diagnostics;
using SdgArchive.Diagnostics;
using SdgArchive.Reading;
using SdgArchive.Search;
using SdgArchive.Site;

namespace SdgArchive.SiteTests.Search;

/// <summary>
/// Figures for docs/benchmarks.md, not a pass/fail test: the search index of a corpus made from its records by
/// pagefind's services. `SDG_SEARCH_BENCH_SOURCE=/tmp/perf-bench/10000/seeds dotnet test site-tests -c Release
/// --filter "FullyQualifiedName~SearchIndexBenchmark" --logger "console;verbosity=detailed"` (default: the 400
/// shared corpus pages; the 10,000-document corpus comes from `sdg-archive bench`). `SDG_SEARCH_BENCH_PART_SIZE=N`
/// indexes in parts of N characters (0: one index per language); `SDG_SEARCH_BENCH_RECORDS=file` also writes the
/// records as JSON lines. pagefind_extended's CPU and peak memory are read by running it under `/usr/bin/time -v`
/// (a wrapper in PAGEFIND_EXTENDED_BINARY_PATH, which the indexer reads as pagefind's Node API does).
/// </summary>
[Explicit("benchmark: prints figures")]
[Category("Benchmark")]
public class SearchIndexBenchmark
{
    [Test]
    public void Index_records()
    {
        var source = Environment.GetEnvironmentVariable("SDG_SEARCH_BENCH_SOURCE") ?? RepoPaths.RequireCorpus();
        var documents = ArchiveReader.ReadFolder(source, new DiagnosticBag()).Select(d => d.WithoutBody()).ToList();
        var index = new SiteIndex(documents, new SiteSettings());
        var site = TempFolder.Create("search-bench");
        var options = new PagefindOptions();
        if (int.TryParse(Environment.GetEnvironmentVariable("SDG_SEARCH_BENCH_PART_SIZE"), out var partSize))
            options = options with { PartSize = partSize };

        var watch = Stopwatch.StartNew();
        var records = SearchRecords.For(index);
        var recordsTime = watch.Elapsed;
        var diagnostics = new DiagnosticBag();
        var timed = TimedPagefind.Install(site);
        PagefindReport? report;
        try { report = new PagefindIndexer(RepoPaths.Root, options).Index(records, site, diagnostics); }
        finally { timed?.Uninstall(); }
        var indexWall = watch.Elapsed - recordsTime;

        Assert.That(report, Is.Not.Null, string.Join("\n", diagnostics.Sorted()));
        var bytes = Directory.EnumerateFiles(Path.Combine(site, "pagefind"), "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        TestContext.Out.WriteLine($"search: {documents.Count} documents from {source}, parts of {options.PartSize:N0} characters");
        TestContext.Out.WriteLine($"search: records {recordsTime.TotalSeconds:0.00} s ({records.Sum(r => r.Content.Length) / 1024 / 1024.0:0.0} MB of text, " +
                                  $"{records.Sum(r => r.ToJsonLine().Length) / 1024 / 1024.0:0.0} MB of JSON lines); pagefind {indexWall.TotalSeconds:0.00} s wall");
        if (timed?.Figures() is { } figures) TestContext.Out.WriteLine($"search: pagefind_extended {figures}");
        TestContext.Out.WriteLine($"search: {report!.Pages} pages, {report.Words} words summed over records, languages {string.Join(",", report.Languages)}, " +
                                  $"index {bytes / 1024 / 1024.0:0.0} MB in {Directory.EnumerateFiles(Path.Combine(site, "pagefind"), "*", SearchOption.AllDirectories).Count():N0} files");
        PrintLanguages(report, Path.Combine(site, "pagefind"));
        if (Environment.GetEnvironmentVariable("SDG_SEARCH_BENCH_RECORDS") is { Length: > 0 } dump)
            File.WriteAllLines(dump, records.Select(r => r.ToJsonLine()));
        TempFolder.Remove(site);
    }

    /// <summary>
    /// Each language's index: its records, its parts with the time pagefind took to add their records and to build and
    /// write them (the indexer's figures), and its size on disk (all its parts' folders; the primary language's is the
    /// pagefind folder without the other languages' folders).
    /// </summary>
    private static void PrintLanguages(PagefindReport report, string pagefind)
    {
        var primary = report.Primary;
        var subfolders = Directory.EnumerateDirectories(pagefind).Select(f => Path.GetFileName(f)!).ToList();
        List<string> FoldersOf(string language) => subfolders
            .Where(f => f == language || f.StartsWith(language + "-", StringComparison.Ordinal))
            .Select(f => Path.Combine(pagefind, f)).ToList();
        foreach (var language in report.Languages)
        {
            var bytes = language != primary ? FoldersOf(language).Sum(Size)
                : Size(pagefind) - report.Languages.Where(l => l != primary).SelectMany(FoldersOf).Sum(Size);
            var parts = report.Timings[language];
            TestContext.Out.WriteLine($"search: {language,-3} {parts.Sum(p => p.Records),6} records in {parts.Count} part(s) " +
                                      $"({string.Join(", ", parts.Select(p => p.Records))}), index {bytes / 1024.0:0} KiB, " +
                                      $"added in {parts.Sum(p => p.Added.TotalSeconds):0.00} s, " +
                                      $"built and written in {parts.Sum(p => p.Written.TotalSeconds):0.00} s" +
                                      (language == primary ? " (primary)" : ""));
        }
    }

    private static long Size(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

    /// <summary>
    /// pagefind_extended run under <c>/usr/bin/time -v</c> through a wrapper named in PAGEFIND_EXTENDED_BINARY_PATH
    /// (which the indexer reads, as pagefind's Node API does), appending each service's figures to a log. The binary
    /// ends on its closed input, and time reports.
    /// </summary>
    private sealed class TimedPagefind
    {
        private const string Variable = "PAGEFIND_EXTENDED_BINARY_PATH";
        private readonly string _log;
        private readonly string? _previous;

        private TimedPagefind(string log, string? previous) => (_log, _previous) = (log, previous);

        public static TimedPagefind? Install(string folder)
        {
            if (!OperatingSystem.IsLinux()) return null;
            var binary = Path.Combine(RepoPaths.Root, "node_modules", "@pagefind", "linux-x64", "bin", "pagefind_extended");
            if (!File.Exists("/usr/bin/time") || !File.Exists(binary)) return null;
            var log = Path.Combine(folder, "pagefind-time.log");
            var wrapper = Path.Combine(folder, "pagefind-timed.sh");
            File.WriteAllText(wrapper, $"#!/bin/bash\n/usr/bin/time -v -a -o '{log}' '{binary}' \"$@\"\n");
            File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var timed = new TimedPagefind(log, Environment.GetEnvironmentVariable(Variable));
            Environment.SetEnvironmentVariable(Variable, wrapper);
            return timed;
        }

        public void Uninstall() => Environment.SetEnvironmentVariable(Variable, _previous);

        /// <summary>"N services, U s user + S s sys, peak P MB (largest service)", once every service has reported.</summary>
        public string? Figures()
        {
            for (var wait = 0; wait < 50 && !File.Exists(_log); wait++) Thread.Sleep(100);
            if (!File.Exists(_log)) return null;
            var lines = File.ReadAllLines(_log);
            double Sum(string name) => lines.Where(l => l.Trim().StartsWith(name, StringComparison.Ordinal))
                .Sum(l => double.Parse(l[(l.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture));
            var peak = lines.Where(l => l.Trim().StartsWith("Maximum resident set size", StringComparison.Ordinal))
                .Select(l => long.Parse(l[(l.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty().Max();
            var services = lines.Count(l => l.Trim().StartsWith("Command being timed", StringComparison.Ordinal));
            return $"{services} service(s), {Sum("User time"):0.0} s user + {Sum("System time"):0.0} s sys, peak {peak / 1024} MB (largest service)";
        }
    }
}
