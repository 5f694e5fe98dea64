using System.Diagnostics;
using SdgArchive.Cards;
using SdgArchive.Diagnostics;
using SdgArchive.Reading;

namespace SdgArchive.SiteTests.Cards;

/// <summary>
/// Figures for docs/benchmarks.md, not a pass/fail test: the cards of the 400 shared corpus pages (real titles, SDGs,
/// countries; Spanish, French, Arabic-script and Chinese among them), drawn on one thread, five rounds.
/// Run with `dotnet test site-tests --filter TestCategory=Benchmark --logger "console;verbosity=detailed"`.
/// </summary>
[Explicit("benchmark: prints figures, writes sample cards to $SDG_BENCH_OUT or a temp folder")]
[Category("Benchmark")]
public class CardBenchmark
{
    [Test]
    public void Render_cards()
    {
        var output = Environment.GetEnvironmentVariable("SDG_BENCH_OUT") ?? Directory.CreateTempSubdirectory("sdg-card-bench-").FullName;
        Directory.CreateDirectory(output);
        var cards = ArchiveReader.ReadFolder(RepoPaths.Corpus, new DiagnosticBag())
            .Select(d => SocialCardInput.From(d, "SDG Commons archive")).ToList();
        Assume.That(cards, Has.Count.GreaterThan(100), "the shared corpus (../shared) is needed");
        using var fonts = FontChain.LoadShipped();
        var renderer = new SocialCardRenderer(fonts);
        for (var i = 0; i < 8; i++) File.WriteAllBytes(Path.Combine(output, $"card-{i}.png"), renderer.Render(cards[i * 37 % cards.Count]));

        const int rounds = 5;
        var wall = new List<double>();
        var sizes = new List<int>();
        var cpu = new List<double>();
        var cardCpu = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var roundCpu = ThreadCpu.Now();
            foreach (var card in cards)
            {
                var watch = Stopwatch.StartNew();
                var before = ThreadCpu.Now();
                var bytes = renderer.Render(card);
                // The first round pays for compiling and the glyph caches: only later rounds count for the median.
                if (round > 0) cardCpu.Add((ThreadCpu.Now() - before).TotalMilliseconds);
                wall.Add(watch.Elapsed.TotalMilliseconds);
                if (round == 0) sizes.Add(bytes.Length);
            }
            cpu.Add((ThreadCpu.Now() - roundCpu).TotalMilliseconds / cards.Count);
        }

        var cache = new CardCache(new SdgArchive.Caching.ContentStore(Path.Combine(output, "cache")), renderer);
        cache.Write(cards[0], Path.Combine(output, "hit.png"));
        var hitWatch = Stopwatch.StartNew();
        for (var i = 0; i < cards.Count; i++) cache.Write(cards[0], Path.Combine(output, "hit.png"));
        hitWatch.Stop();

        TestContext.Out.WriteLine($"cards: {cards.Count} corpus cards × {rounds} rounds, one thread");
        TestContext.Out.WriteLine($"cards: median {Median(wall):0.00} ms wall per card (p90 {Percentile(wall, 0.9):0.00} ms); " +
                                  $"thread CPU per card by round: {string.Join(", ", cpu.Select(c => c.ToString("0.00")))} ms");
        TestContext.Out.WriteLine($"cards: thread CPU per card, rounds 2–{rounds}: median {Median(cardCpu):0.00} ms " +
                                  $"(p90 {Percentile(cardCpu, 0.9):0.00} ms)");
        TestContext.Out.WriteLine($"cards: median size {Median(sizes.Select(s => (double)s).ToList()) / 1024:0.0} KiB, " +
                                  $"max {sizes.Max() / 1024.0:0.0} KiB, total {sizes.Sum() / 1024.0 / 1024:0.00} MiB");
        var (masks, maskBytes) = GlyphMasks.OfThread.Held;
        TestContext.Out.WriteLine($"cards: glyph masks held by the drawing thread: {masks}, {maskBytes / 1024} KiB");
        TestContext.Out.WriteLine($"cards: cache hit {hitWatch.Elapsed.TotalMilliseconds / cards.Count:0.00} ms each; samples in {output}");
    }

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];
    }

    /// <summary>CPU time of the calling thread (Linux: clock_gettime(CLOCK_THREAD_CPUTIME_ID), nanoseconds), so other
    /// processes on the shared machine do not count and a single card can be timed.</summary>
    internal static class ThreadCpu
    {
        private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

        public static TimeSpan Now()
        {
            if (ClockGetTime(ThreadCpuClock, out var time) != 0)
                throw new InvalidOperationException("clock_gettime failed");
            return TimeSpan.FromTicks(time.Seconds * TimeSpan.TicksPerSecond + time.Nanoseconds / 100);
        }

        [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int ClockGetTime(int clock, out TimeSpec time);

        [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }
    }
}
