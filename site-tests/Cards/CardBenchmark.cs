using System.Diagnostics;
using SdgArchive.Cards;

namespace SdgArchive.SiteTests.Cards;

/// <summary>Figures for docs/benchmarks.md, not a pass/fail test: run with `dotnet test site-tests --filter TestCategory=Benchmark`.</summary>
[Explicit("benchmark: prints figures, writes sample cards to $SDG_BENCH_OUT or a temp folder")]
[Category("Benchmark")]
public class CardBenchmark
{
    [Test]
    public void Render_cards()
    {
        var output = Environment.GetEnvironmentVariable("SDG_BENCH_OUT") ?? Directory.CreateTempSubdirectory("sdg-card-bench-").FullName;
        Directory.CreateDirectory(output);
        using var fonts = FontChain.LoadShipped();
        var renderer = new SocialCardRenderer(fonts);
        SocialCardInput[] samples =
        [
            new("Mapping mangrove restoration with fishing cooperatives in the Gulf of Fonseca", ["Blog", "Experiment"], ["Honduras"], 2021, [13, 14, 15], "SDG Commons archive"),
            new("Цифровые платформы для малого бизнеса в сельских районах", ["Solution"], ["Kyrgyzstan"], 2020, [8, 9], "SDG Commons archive"),
            new("การทดลองเกษตรกรรมในชุมชนเพื่อความมั่นคงทางอาหาร", ["Experiment"], ["Thailand"], 2022, [2], "SDG Commons archive"),
            new("الاقتصاد الدائري في إدارة النفايات", ["Action plan"], ["Jordan"], 2019, [11, 12], "SDG Commons archive"),
            new(string.Join(' ', Enumerable.Repeat("A very long title about participatory budgeting and citizen assemblies", 6)),
                ["Blog"], ["Colombia", "Peru", "Ecuador", "Bolivia (Plurinational State of)"], 2023, Enumerable.Range(1, 17).ToList(), "SDG Commons archive"),
        ];
        for (var i = 0; i < samples.Length; i++) File.WriteAllBytes(Path.Combine(output, $"card-{i}.png"), renderer.Render(samples[i]));

        const int count = 200;
        var watch = Stopwatch.StartNew();
        long bytes = 0;
        for (var i = 0; i < count; i++) bytes += renderer.Render(samples[i % samples.Length] with { Title = samples[i % samples.Length].Title + " " + i }).Length;
        watch.Stop();

        var cache = new CardCache(Path.Combine(output, "cache"), renderer);
        var hitWatch = Stopwatch.StartNew();
        cache.Write(samples[0], Path.Combine(output, "hit.png"));
        hitWatch.Restart();
        for (var i = 0; i < count; i++) cache.Write(samples[0], Path.Combine(output, "hit.png"));
        hitWatch.Stop();

        TestContext.Out.WriteLine($"cards: {count} rendered in {watch.Elapsed.TotalSeconds:0.00} s, {watch.Elapsed.TotalMilliseconds / count:0.0} ms each, mean PNG {bytes / count / 1024.0:0.0} KiB");
        TestContext.Out.WriteLine($"cards: cache hit {hitWatch.Elapsed.TotalMilliseconds / count:0.00} ms each; samples in {output}");
    }
}
