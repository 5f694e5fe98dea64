using System.Diagnostics;
using SdgArchive.Diagnostics;
using SdgArchive.Reading;
using SdgArchive.Search;
using SdgArchive.Site;

namespace SdgArchive.SiteTests.Search;

/// <summary>
/// Figures for docs/benchmarks.md, not a pass/fail test: the search index of a corpus made from its records through
/// pagefind's Node API. `SDG_SEARCH_BENCH_SOURCE=/tmp/sdg-bench/10000/seeds dotnet test site-tests -c Release
/// --filter "FullyQualifiedName~SearchIndexBenchmark" --logger "console;verbosity=detailed"` (default: the 400
/// shared corpus pages; the 10,000-document corpus comes from `sdg-archive bench`).
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

        var watch = Stopwatch.StartNew();
        var records = SearchRecords.For(index);
        var recordsTime = watch.Elapsed;
        var children = ChildrenCpu();
        var diagnostics = new DiagnosticBag();
        var report = new PagefindIndexer(RepoPaths.Root).Index(records, site, diagnostics);
        var indexWall = watch.Elapsed - recordsTime;
        var indexCpu = ChildrenCpu() - children;

        Assert.That(report, Is.Not.Null, string.Join("\n", diagnostics.Sorted()));
        var bytes = Directory.EnumerateFiles(Path.Combine(site, "pagefind"), "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        TestContext.Out.WriteLine($"search: {documents.Count} documents from {source}");
        TestContext.Out.WriteLine($"search: records {recordsTime.TotalSeconds:0.00} s ({records.Sum(r => r.Content.Length) / 1024 / 1024.0:0.0} MB of text); " +
                                  $"pagefind Node API {indexWall.TotalSeconds:0.00} s wall, {indexCpu.TotalSeconds:0.00} s CPU (node + pagefind_extended)");
        TestContext.Out.WriteLine($"search: {report!.Pages} pages, {report.Words} unique words summed over records, languages {string.Join(",", report.Languages)}, " +
                                  $"index {bytes / 1024 / 1024.0:0.0} MB");
        PrintLanguages(report, Path.Combine(site, "pagefind"));
        if (Environment.GetEnvironmentVariable("SDG_SEARCH_BENCH_RECORDS") is { Length: > 0 } dump)
            File.WriteAllLines(dump, records.Select(r => r.ToJsonLine()));
        TempFolder.Remove(site);
    }

    /// <summary>
    /// Each language's index: its records, the time pagefind took to build and write it (the script's figures; adding
    /// the records runs for all languages at once and is not split), and its size on disk. The primary language's
    /// index is the pagefind folder without the other languages' subfolders.
    /// </summary>
    private static void PrintLanguages(PagefindReport report, string pagefind)
    {
        var line = report.Output.Split('\n').Select(l => l.Trim()).Last(l => l.StartsWith('{') && l.EndsWith('}'));
        using var figures = System.Text.Json.JsonDocument.Parse(line);
        var root = figures.RootElement;
        var primary = root.GetProperty("primary").GetString()!;
        foreach (var language in report.Languages)
        {
            var folder = language == primary ? pagefind : Path.Combine(pagefind, language);
            var others = report.Languages.Where(l => l != primary).Select(l => Path.Combine(pagefind, l) + "/").ToList();
            var bytes = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => language != primary || !others.Any(o => f.StartsWith(o, StringComparison.Ordinal)))
                .Sum(f => new FileInfo(f).Length);
            var records = root.GetProperty("records").GetProperty(language).GetInt32();
            var ms = root.GetProperty("writeMs").GetProperty(language).GetInt32();
            TestContext.Out.WriteLine($"search: {language,-3} {records,6} records, index {bytes / 1024.0:0} KiB, " +
                                      $"built and written in {ms / 1000.0:0.00} s{(language == primary ? " (primary)" : "")}");
        }
    }

    /// <summary>CPU time of this process's finished children (utime + stime of the children it waited for, proc(5)
    /// fields 16 and 17), in clock ticks of 10 ms.</summary>
    private static TimeSpan ChildrenCpu()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return TimeSpan.FromMilliseconds((long.Parse(fields[13]) + long.Parse(fields[14])) * 10);
    }
}
