using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using SdgArchive.Commands;
using SdgArchive.Reading;

namespace SdgArchive.Bench;

/// <summary>
/// <c>sdg-archive bench</c>: builds synthetic corpora of several sizes, times cold build, no-change rebuild,
/// edit-to-page in serve and peak memory, times Hugo on the same corpus, and prints a Markdown table.
/// </summary>
public static class BenchCommand
{
    public const string DefaultBuildArgs = "build --source {source} --out {out} --no-search --no-cards";
    public const string DefaultServeArgs = "serve --source {source} --out {out} --port 0";

    public static readonly string Usage =
        "usage: sdg-archive bench [--sizes 1000,10000,20000] [--corpus ../shared/corpus/sdg-commons-sample] [--work /tmp/sdg-bench]\n" +
        "                         [--edits 11] [--runs 3] [--seed 20000] [--no-hugo] [--no-sdg] [--no-serve]\n" +
        $"                         [--shape {string.Join('|', CorpusShape.Named.Keys)}]\n" +
        $"                         [--build-args \"{DefaultBuildArgs}\"] [--serve-args \"{DefaultServeArgs}\"]";

    public static async Task<int> RunAsync(string[] args)
    {
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        return await RunAsync(new CommandLine(args), Console.Out, Console.Error, stop.Token);
    }

    public static async Task<int> RunAsync(CommandLine command, TextWriter output, TextWriter log, CancellationToken cancellationToken)
    {
        var sizes = command.Get("sizes", "1000,10000,20000").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var corpus = Path.GetFullPath(command.Get("corpus", "../shared/corpus/sdg-commons-sample"));
        var work = Path.GetFullPath(command.Get("work", Path.Combine(Path.GetTempPath(), "sdg-bench")));
        var edits = command.Int("edits", 11);
        var runs = Math.Max(1, command.Int("runs", 3));
        var seed = command.Int("seed", 20_000);
        var shapeName = command.Get("shape", "default");
        var runHugo = !command.Flag("no-hugo");
        var runSdg = !command.Flag("no-sdg");
        var runServe = !command.Flag("no-serve");
        var buildArgs = command.Get("build-args", DefaultBuildArgs);
        var serveArgs = command.Get("serve-args", DefaultServeArgs);
        var project = Path.GetFullPath(".");
        if (command.ReportProblems(Usage, log) is var usage and not 0) return usage;
        if (!Directory.Exists(corpus)) { log.WriteLine($"bench: corpus folder not found: {corpus}"); return 2; }
        if (!CorpusShape.Named.TryGetValue(shapeName, out var shape)) { log.WriteLine($"bench: unknown shape {shapeName}\n{Usage}"); return 2; }
        var hugo = runHugo ? FindOnPath("hugo") : null;
        if (runHugo && hugo is null) log.WriteLine("bench: hugo not found on PATH (apt-get install -y --no-install-recommends hugo); skipping Hugo");

        var pages = CorpusPage.LoadFolder(corpus);
        var trash = Path.Combine(work, ".trash"); // outputs of earlier runs, deleted once everything is measured
        var (self, selfPrefix) = SelfCommand();
        var rows = new List<BenchRow>();
        foreach (var size in sizes)
        {
            log.WriteLine($"bench: {size} documents, shape {shapeName} ({shape})");
            var folder = Path.Combine(work, size.ToString(CultureInfo.InvariantCulture));
            await Settle(folder, trash); // a previous bench's corpus and outputs
            var documents = SyntheticCorpus.Generate(pages, size, seed, shape);
            var source = Path.Combine(folder, "seeds");
            SyntheticCorpus.WriteArchive(documents, source);
            var outFolder = Path.Combine(folder, "public");
            string[] Expand(string template) => [.. selfPrefix, .. Split(template)
                .Select(a => a.Replace("{source}", source).Replace("{out}", outFolder).Replace("{work}", folder))];

            var site = Path.Combine(folder, "hugo");
            var hugoOut = Path.Combine(site, "public");
            string[] hugoArgs = ["--source", site, "--destination", hugoOut, "--quiet"];
            if (hugo is not null) HugoSiteWriter.Write(documents, site);

            // Cold builds of the two tools take turns in A-B-B-A order, each after its last output was moved aside (not
            // deleted: freeing 20,000 files keeps this disk busy for seconds) and the disk flushed, so neither pays for
            // the other's writes or always runs second; the median run of each is reported.
            var hugoColds = new List<MeasuredRun>();
            var colds = new List<MeasuredRun>();
            for (var run = 0; run < runs; run++)
            {
                var hugoFirst = run % 2 == 0;
                for (var turn = 0; turn < 2; turn++)
                {
                    if (hugo is not null && (turn == 0) == hugoFirst)
                    {
                        await Settle(hugoOut, trash);
                        hugoColds.Add(await MeasuredRun.RunAsync(hugo, hugoArgs, site, cancellationToken));
                    }
                    if (runSdg && (turn == 0) != hugoFirst)
                    {
                        await Settle(outFolder, trash);
                        colds.Add(await MeasuredRun.RunAsync(self, Expand(buildArgs), project, cancellationToken));
                    }
                }
            }
            var hugoCold = MeasuredRun.Median(hugoColds);
            var cold = MeasuredRun.Median(colds);
            MeasuredRun? hugoRebuild = null, rebuild = null;
            if (hugo is not null)
            {
                await Settle(null, trash);
                hugoRebuild = await MeasuredRun.RunAsync(hugo, hugoArgs, site, cancellationToken);
                Report(log, "hugo cold", hugoCold!, hugoColds);
                Report(log, "hugo rebuild", hugoRebuild);
            }

            IReadOnlyList<TimeSpan>? editTimes = null;
            if (runSdg)
            {
                Report(log, "sdg cold", cold!, colds);
                if (cold!.Succeeded)
                {
                    await Settle(null, trash);
                    rebuild = await MeasuredRun.RunAsync(self, Expand(buildArgs), project, cancellationToken);
                    Report(log, "sdg rebuild", rebuild);
                }
                if (runServe && cold.Succeeded)
                {
                    var target = documents[documents.Count / 2];
                    // The published slug: titles repeat in a large corpus, and the build numbers the repeats (-2, -3, …).
                    var slug = ArchiveReader.ReadFolder(source, new SdgArchive.Diagnostics.DiagnosticBag())
                        .FirstOrDefault(d => d.SourcePath == target.FileName)?.Slug;
                    editTimes = slug is null ? null : await ServeEditProbe.MeasureAsync(self, Expand(serveArgs), project,
                        Path.Combine(source, target.FileName), $"documents/{slug}/", edits, log, cancellationToken);
                    if (editTimes is { Count: > 0 })
                        log.WriteLine($"bench:   serve edits: {string.Join(", ", editTimes.Select(t => $"{t.TotalMilliseconds:0}"))} ms");
                }
            }
            rows.Add(new BenchRow(size, cold, rebuild, editTimes, hugoCold, hugoRebuild));
        }

        if (Directory.Exists(trash)) Directory.Delete(trash, recursive: true);
        output.WriteLine(Machine(hugo));
        output.WriteLine($"Corpus shape: {shapeName} ({shape})");
        output.WriteLine($"Load average at the end: {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "?")}");
        output.WriteLine();
        output.WriteLine(BenchRow.Header);
        foreach (var row in rows) output.WriteLine(row.ToMarkdown());
        var ten = rows.FirstOrDefault(r => r.Documents == 10_000)?.Cold;
        var twenty = rows.FirstOrDefault(r => r.Documents == 20_000)?.Cold;
        if (ten is { Succeeded: true } && twenty is { Succeeded: true })
            output.WriteLine($"\nGrowth 10,000 → 20,000 documents: {(twenty.Wall / ten.Wall).ToString("0.00", CultureInfo.InvariantCulture)} × (target ≤ 2.2 ×)");
        return 0;
    }

    /// <summary>Moves a build's output (when given) into <paramref name="trash"/> and flushes the disk, so the next run starts from the same state.</summary>
    private static async Task Settle(string? output, string trash)
    {
        if (output is not null && Directory.Exists(output))
        {
            Directory.CreateDirectory(trash);
            Directory.Move(output, Path.Combine(trash, Guid.NewGuid().ToString("N")));
        }
        if (File.Exists("/usr/bin/sync") || File.Exists("/bin/sync"))
        {
            using var sync = Process.Start(new ProcessStartInfo("sync") { UseShellExecute = false });
            if (sync is not null) await sync.WaitForExitAsync();
        }
    }

    private static void Report(TextWriter log, string what, MeasuredRun median, IReadOnlyList<MeasuredRun> runs)
    {
        Report(log, what, median);
        if (runs.Count > 1)
            log.WriteLine($"bench:     {runs.Count} runs: {string.Join(", ", runs.Select(r => r.Wall.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)))} s wall");
    }

    private static void Report(TextWriter log, string what, MeasuredRun run) =>
        log.WriteLine(run.Succeeded
            ? $"bench:   {what}: {run.Wall.TotalSeconds:0.00} s wall, {run.Cpu?.TotalSeconds:0.00} s CPU, peak {(run.PeakBytes ?? 0) / 1048576.0:0} MB"
            : $"bench:   {what}: failed with exit code {run.ExitCode}: {run.ErrorTail}");

    private static string Machine(string? hugo)
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]
            : null;
        var hugoVersion = hugo is null ? "Hugo not run" : ToolVersion(hugo, "version");
        var version = typeof(BenchCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return $"Machine: {Environment.ProcessorCount} cores, {cpu ?? "unknown CPU"}, " +
               $"{(memory is null ? "?" : (long.Parse(memory, CultureInfo.InvariantCulture) / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture))} GiB RAM, " +
               $"{RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}; sdg-archive {version}; {hugoVersion}";
    }

    /// <summary>How to start this same program again: the apphost directly, or <c>dotnet sdg-archive.dll</c>.</summary>
    private static (string FileName, string[] Prefix) SelfCommand()
    {
        var processPath = Environment.ProcessPath ?? "dotnet";
        return Path.GetFileNameWithoutExtension(processPath) == "dotnet"
            ? (processPath, [typeof(BenchCommand).Assembly.Location])
            : (processPath, []);
    }

    private static string ToolVersion(string tool, string argument)
    {
        var start = new System.Diagnostics.ProcessStartInfo(tool, argument) { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = System.Diagnostics.Process.Start(start);
        var text = process?.StandardOutput.ReadToEnd().Trim() ?? "";
        process?.WaitForExit();
        return text.Split(' ').Take(2).Aggregate((a, b) => a + " " + b);
    }

    private static string? FindOnPath(string name) => (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(':', StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, name))
        .FirstOrDefault(File.Exists);

    /// <summary>Splits an argument template on spaces; placeholders are substituted after splitting so paths may contain spaces.</summary>
    private static IEnumerable<string> Split(string template) => template.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
