using SdgArchive.Build;
using SdgArchive.Caching;
using SdgArchive.Diagnostics;
using SdgArchive.Output;
using SdgArchive.Project;
using SdgArchive.Progress;
using Spectre.Console;

namespace SdgArchive.Commands;

/// <summary>
/// <c>build [--source seeds] [--content content] [--templates templates] [--out public] [--base-url URL] [--strict]
/// [--no-search] [--no-cards] [--no-cache] [--cache .sdg-cache] [--lock-wait 120] [--mirror-images] [--verbose]</c>
/// </summary>
public static class BuildCommand
{
    public static BuildOptions ParseOptions(CommandLine args) => new()
    {
        Source = args.Get("source", "seeds"),
        Content = args.Get("content", "content"),
        Templates = args.Get("templates", "templates"),
        Output = TidyPath(args.Get("out", "public")),
        Cache = args.Get("cache", ".sdg-cache"),
        BaseUrl = BaseUrlOption.Read(args, "base-url"),
        Strict = args.Flag("strict"),
        Search = !args.Flag("no-search"),
        Cards = !args.Flag("no-cards"),
        UseCache = !args.Flag("no-cache"),
        Verbose = args.Flag("verbose"),
        MirrorImages = args.Flag("mirror-images"),
    };

    /// <summary>
    /// <c>site/</c>, <c>site/.</c> and <c>x/../site</c> name one output, so they get one name: they printed
    /// "built into site//" and, as different keys of the cache, re-rendered pages of an unchanged site.
    /// </summary>
    public static string TidyPath(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        return Path.IsPathRooted(path) ? full : Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
    }

    /// <summary>The longest <c>--lock-wait</c>: a day; a build that holds the folder longer has hung.</summary>
    private const int MaxLockWaitSeconds = 86_400;

    public static int Run(CommandLine args, TextWriter output, TextWriter errors)
    {
        var options = ParseOptions(args);
        var lockWait = TimeSpan.FromSeconds(args.Int("lock-wait", 120, min: 0, max: MaxLockWaitSeconds));
        if (args.ReportProblems(CommandLine.UsageOf("build"), errors) is var usage and not 0) return usage;
        if (ReportMissingInputs(options, errors)) return 1;

        OutputLock? claim = null;
        try
        {
            OutputFolderGuard.Check(options.Output, KeptFolders(options), ProjectRoot.Find(options.Templates));
            var target = OutputFolderGuard.Resolve(options.Output);
            if (target != options.Output) output.WriteLine($"{options.Output} is a link: building into {target}");
            options = options with { Output = target };
            OutputFolderGuard.MakeParent(options.Output);
            claim = OutputLock.Acquire(options.Output, lockWait, message => output.WriteLine(message));
            return Build(options, lockWait, output, errors);
        }
        catch (Exception ex)
        {
            // Holding the lock, the staging folder is this build's own: nothing half-written stays behind.
            if (claim is not null) RemoveStaging(options.Output);
            return CommandFailure.Report(ex, options.Output, options.Verbose, errors);
        }
        finally
        {
            claim?.Dispose();
        }
    }

    /// <summary>Source, templates and content must be folders; the cache may be missing but not be a file.</summary>
    private static bool ReportMissingInputs(BuildOptions options, TextWriter errors)
    {
        var problems = InputFolderCheck.Problems(InputFolders(options)).ToList();
        if (File.Exists(options.Cache))
            problems.Add(CommandFailure.Error(options.Cache, Diagnostics.DiagnosticCodes.InputFolderMissing,
                "is a file; --cache names the folder the build keeps between runs"));
        foreach (var problem in problems) errors.WriteLine(problem);
        return problems.Count > 0;
    }

    /// <summary>The folders the build reads, by the option that names them; none of them may be or hold the output.</summary>
    public static IReadOnlyDictionary<string, string> InputFolders(BuildOptions options) => new Dictionary<string, string>
    {
        ["--source"] = options.Source, ["--templates"] = options.Templates, ["--content"] = options.Content,
    };

    /// <summary>
    /// The inputs and the cache: an output that is or holds the cache published its state file and deleted the cache
    /// with the replaced site on every build.
    /// </summary>
    private static Dictionary<string, string> KeptFolders(BuildOptions options) =>
        new(InputFolders(options)) { ["--cache"] = options.Cache };

    private static int Build(BuildOptions options, TimeSpan lockWait, TextWriter output, TextWriter errors)
    {
        // Live bars only when writing to the real, interactive console; CI, pipes and tests get one plain line per stage.
        var plain = ReferenceEquals(output, Console.Out) && BuildProgress.IsInteractive(AnsiConsole.Console) ? null : output;
        // Held while the build reads the store: a build into another folder sharing the cache prunes nothing meanwhile.
        using var lease = StoreLease.Shared(options.Cache, lockWait);
        SitePipeline? pipeline = null;
        var result = BuildProgress.RunAsync(
            progress => Task.FromResult((pipeline = new SitePipeline(options, progress)).Build()), verbose: false,
            plain)
            .GetAwaiter().GetResult();
        // Still under the output lock: the next build into this folder waits for the sweep.
        var sweep = System.Diagnostics.Stopwatch.StartNew();
        var pruned = result.Succeeded ? pipeline?.PruneStore(lease) : null;
        if (options.Verbose) WriteTimings(result.Stages, output);
        if (options.Verbose && pruned is not null)
            output.WriteLine(FormattableString.Invariant($"{pruned} in {sweep.ElapsedMilliseconds} ms"));
        DiagnosticPrinter.Print(result.Diagnostics, errors, includeInfo: options.Verbose || options.Strict);
        output.WriteLine(result.Succeeded
            ? $"built {result.DocumentCount} documents into {result.PageCount} pages ({result.RenderedPages} rendered, {result.ReusedPages} reused) in {options.Output}/"
            : $"build failed: {options.Output}/ was left unchanged");
        return result.Succeeded ? 0 : 1;
    }

    private static void RemoveStaging(string output)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        var staging = Path.Combine(Path.GetDirectoryName(full) ?? full, "." + Path.GetFileName(full) + ".staging");
        try { if (OutputMarker.IsIn(staging)) Directory.Delete(staging, recursive: true); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
    }

    /// <summary><c>--verbose</c>: wall and CPU time per stage (CPU time stays meaningful when other work shares the machine).</summary>
    private static void WriteTimings(IReadOnlyList<Build.StageTiming> stages, TextWriter output)
    {
        output.WriteLine("stage timings:        wall        CPU     items");
        foreach (var s in stages)
            output.WriteLine(FormattableString.Invariant($"  {s.Name,-12} {s.Elapsed.TotalMilliseconds,8:0} ms {s.Cpu.TotalMilliseconds,7:0} ms {s.Items,9}"));
        output.WriteLine(FormattableString.Invariant($"  {"total",-12} {stages.Sum(s => s.Elapsed.TotalMilliseconds),8:0} ms {stages.Sum(s => s.Cpu.TotalMilliseconds),7:0} ms"));
        // What the collector had to do, for benchmarks: allocations cost the build through gen0 collections.
        output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"memory: {GC.GetTotalAllocatedBytes() / 1e9:0.00} GB allocated, collections gen0/gen1/gen2 " +
            $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, " +
            $"{GC.GetTotalPauseDuration().TotalSeconds:0.00} s paused"));
    }
}
