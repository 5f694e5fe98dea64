using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using SdgArchive.Images;
using SdgArchive.Output;
using SdgArchive.Commands;

namespace SdgArchive.Bench;

/// <summary>
/// <c>sdg-archive bench-images</c>: the image stage (identify, decode, orient, resize to the responsive widths, encode
/// WebP and the fallback format) through ImageSharp and through SkiaSharp on the same images with the same widths and
/// quality settings. Each run is a child process (so peak memory is its own), taking turns A-B-B-A; it prints the
/// stage's wall and CPU time, peak memory, bytes written, and the same with only WebP or only the fallback encoded,
/// which tells which encoder costs what. Used for docs/benchmarks.md.
/// </summary>
public static class ImageBenchCommand
{
    public const string Usage =
        "usage: sdg-archive bench-images [--photos 240] [--seed 16] [--runs 3] [--corpus ../shared/corpus/sdg-commons-sample]\n" +
        "                                [--work /tmp/sdg-image-bench] [--codecs imagesharp,skia,imagesharp+skiawebp] [--parts all,webp,fallback]";

    private static readonly Dictionary<string, IImageCodec> Codecs = new(StringComparer.Ordinal)
    {
        ["imagesharp"] = ImageSharpCodec.Instance,
        ["skia"] = SkiaImageCodec.Instance,
        ["imagesharp+skiawebp"] = ImageSharpCodec.WithSkiaWebp,
    };

    public static async Task<int> RunAsync(string[] args)
    {
        var command = new CommandLine(args);
        if (command.Value("child") is { } child) return RunChild(command, child, Console.Out, Console.Error);

        var photos = command.Int("photos", 240);
        var seed = command.Int("seed", 16);
        var runs = Math.Max(1, command.Int("runs", 3));
        var corpus = command.Get("corpus", "../shared/corpus/sdg-commons-sample");
        var work = Path.GetFullPath(command.Get("work", Path.Combine(Path.GetTempPath(), "sdg-image-bench")));
        var codecs = command.Get("codecs", "imagesharp,skia,imagesharp+skiawebp").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var parts = command.Get("parts", "all,webp,fallback").Split(',', StringSplitOptions.RemoveEmptyEntries);
        if (command.ReportProblems(Usage, Console.Error) is var usage and not 0) return usage;
        if (codecs.Any(c => !Codecs.ContainsKey(c)))
        {
            Console.Error.WriteLine($"bench-images: unknown codec\n{Usage}");
            return 2;
        }
        var inputs = Path.Combine(work, "inputs");
        var files = BenchImages.Prepare(inputs, Directory.Exists(corpus) ? Path.GetFullPath(corpus) : null, photos, seed, Console.Error);
        var megapixels = files.Sum(f => Megapixels(f));
        Console.Error.WriteLine($"bench-images: {files.Count} images, {megapixels:0} megapixels, {files.Sum(f => new FileInfo(f).Length) / 1e6:0} MB in {inputs}");

        var (self, prefix) = SelfCommand();
        var results = new Dictionary<(string Codec, string Part), List<(MeasuredRun Run, ChildFigures Figures)>>();
        var hashes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var part in parts)
            for (var run = 0; run < runs; run++)
                foreach (var codec in run % 2 == 0 ? codecs : codecs.Reverse())
                {
                    var output = Path.Combine(work, $"out-{codec}-{part}");
                    if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
                    var measured = await MeasuredRun.RunAsync(self, [.. prefix, "bench-images", "--child", codec, "--part", part,
                        "--inputs", inputs, "--out", output], Directory.GetCurrentDirectory(), CancellationToken.None);
                    if (!measured.Succeeded) { Console.Error.WriteLine($"bench-images: {codec} {part} failed: {measured.ErrorTail}"); return 1; }
                    var figures = ChildFigures.Parse(measured.ErrorTail);
                    Console.Error.WriteLine($"bench-images: {codec} {part} run {run + 1}: stage {figures.StageSeconds:0.00} s, " +
                        $"CPU {measured.Cpu?.TotalSeconds:0.0} s, peak {measured.PeakBytes / 1e6:0} MB, {figures.Bytes / 1e6:0.0} MB written");
                    results.TryAdd((codec, part), []);
                    results[(codec, part)].Add((measured, figures));
                    if (part == "all") (hashes.TryGetValue(codec, out var set) ? set : hashes[codec] = []).Add(FolderHash(output));
                }

        Console.WriteLine($"{files.Count} images ({megapixels:0} megapixels), widths {string.Join("/", new ImagePipelineOptions().Widths)}, " +
            $"WebP q{new ImagePipelineOptions().WebpQuality}, JPEG q{new ImagePipelineOptions().JpegQuality}, PNG level 6; median of {runs}");
        Console.WriteLine();
        Console.WriteLine("| library | encoded | stage wall | CPU (user+sys) | peak memory | bytes written | files | ms per image (CPU) |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var part in parts)
            foreach (var codec in codecs)
            {
                var list = results[(codec, part)].OrderBy(r => r.Figures.StageSeconds).ToList();
                var (run, figures) = list[list.Count / 2];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {Codecs[codec].Name} | {PartName(part)} | {figures.StageSeconds:0.00} s | {run.Cpu?.TotalSeconds:0.0} s | " +
                    $"{run.PeakBytes / 1e6:N0} MB | {figures.Bytes / 1e6:0.0} MB | {figures.Files} | {run.Cpu?.TotalMilliseconds / files.Count:0} |"));
            }
        foreach (var (codec, set) in hashes)
            Console.WriteLine($"\n{Codecs[codec].Name}: {(set.Count == 1 ? "identical output in every run" : $"{set.Count} different outputs over {runs} runs")}");
        return 0;
    }

    private static string PartName(string part) => part switch
    {
        "webp" => "WebP only",
        "fallback" => "JPEG/PNG only",
        _ => "WebP + JPEG/PNG",
    };

    /// <summary>One measured run: every input through the pipeline's encoder, in parallel as the build runs documents.</summary>
    private static int RunChild(CommandLine command, string codecName, TextWriter output, TextWriter log)
    {
        var part = command.Get("part", "all");
        var inputs = command.Value("inputs") ?? throw new ArgumentException("--inputs");
        var outFolder = command.Value("out") ?? throw new ArgumentException("--out");
        var files = Directory.GetFiles(inputs).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal).ToList();
        var sink = new PartSink(new StagingOutputSink(StagingFolder.InPlace(outFolder)), part);
        var encoder = new ResponsiveImageEncoder(new ImagePipelineOptions { Codec = Codecs[codecName] }, sink);
        var failures = 0;
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(files, file =>
        {
            if (encoder.Publish(File.ReadAllBytes(file), out var problem) is null)
            {
                Interlocked.Increment(ref failures);
                log.WriteLine($"{Path.GetFileName(file)}: {problem}");
            }
        });
        clock.Stop();
        var written = Directory.GetFiles(outFolder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != OutputMarker.FileName).ToList();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stage={clock.Elapsed.TotalSeconds:0.000} bytes={written.Sum(f => new FileInfo(f).Length)} " +
            $"files={written.Count} failures={failures}"));
        output.WriteLine("done");
        return failures == 0 ? 0 : 1;
    }

    /// <summary>Says the files of the other part exist, so the encoder makes only this part's (WebP or fallback) files.</summary>
    private sealed class PartSink(IOutputSink inner, string part) : IOutputSink
    {
        public bool Exists(string relativePath) => Skipped(relativePath) || inner.Exists(relativePath);
        public void Write(string relativePath, ReadOnlySpan<byte> bytes) => inner.Write(relativePath, bytes);
        private bool Skipped(string path) => part switch
        {
            "webp" => !path.EndsWith(".webp", StringComparison.Ordinal),
            "fallback" => path.EndsWith(".webp", StringComparison.Ordinal),
            _ => false,
        };
    }

    private sealed record ChildFigures(double StageSeconds, long Bytes, int Files)
    {
        public static ChildFigures Parse(string text)
        {
            var line = text.Split('\n').Last(l => l.StartsWith("stage=", StringComparison.Ordinal));
            var values = line.Split(' ').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
            return new(double.Parse(values["stage"], CultureInfo.InvariantCulture), long.Parse(values["bytes"], CultureInfo.InvariantCulture),
                int.Parse(values["files"], CultureInfo.InvariantCulture));
        }
    }

    private static double Megapixels(string file)
    {
        var header = ImageSharpCodec.Instance.Identify(File.ReadAllBytes(file), out _);
        return header is null ? 0 : header.Width * (double)header.Height / 1e6;
    }

    private static string FolderHash(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file)));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static (string FileName, string[] Prefix) SelfCommand()
    {
        var processPath = Environment.ProcessPath ?? "dotnet";
        return Path.GetFileNameWithoutExtension(processPath) == "dotnet"
            ? (processPath, [typeof(ImageBenchCommand).Assembly.Location])
            : (processPath, []);
    }
}
