using System.Diagnostics;
using SdgArchive.Cards;

namespace SdgArchive.SiteTests.Cards;

/// <summary>
/// Figures for docs/benchmarks.md: what shaping costs a card. Titles in Arabic, Sorani Kurdish and Khmer go through
/// HarfBuzz and the bidi runs; the Latin title beside them takes the plain path, as every corpus title of the 400 does.
/// Run with `dotnet test site-tests -c Release --filter FullyQualifiedName~ShapedCardBenchmark
/// --logger "console;verbosity=detailed"`.
/// </summary>
[Explicit("benchmark: prints figures")]
[Category("Benchmark")]
public class ShapedCardBenchmark
{
    private static readonly (string Script, string Title)[] Titles =
    [
        ("Latin", "Mapping mangrove restoration with fishing cooperatives on the Pacific coast of Colombia"),
        ("Arabic", "الاقتصاد الدائري في إدارة النفايات الصلبة في المدن السورية بعد الأزمة: تجربة مختبر التسريع"),
        ("Kurdish", "ژنانی کۆمەڵگە تۆوی خۆماڵی دەچێنن و هەموو ساڵێک لەگەڵ دراوسێکانیان بەشی دەکەن"),
        ("Khmer", "ស្ត្រីក្នុងសហគមន៍ដាំគ្រាប់ពូជក្នុងស្រុក ហើយចែករំលែកវាជាមួយអ្នកជិតខាងរៀងរាល់ឆ្នាំ"),
    ];

    [Test]
    public void Render_shaped_title_cards()
    {
        using var fonts = FontChain.LoadShipped();
        var renderer = new SocialCardRenderer(fonts);
        const int cards = 200;
        // Two rounds over the scripts; the first one pays for loading and compiling, only the second is printed.
        for (var round = 0; round < 2; round++)
            foreach (var (script, title) in Titles)
            {
                // Each card a slightly different title, so the widths measured for one card do not help the next.
                var inputs = Enumerable.Range(0, cards)
                    .Select(i => new SocialCardInput($"{title} {i}", ["Blog"], ["Iraq"], 2022, [12, 3], "SDG Commons"))
                    .ToList();
                var cpu = CardBenchmark.ThreadCpu.Now();
                var watch = Stopwatch.StartNew();
                foreach (var input in inputs) renderer.Render(input);
                var cpuPerCard = (CardBenchmark.ThreadCpu.Now() - cpu).TotalMilliseconds / cards;
                var wallPerCard = watch.Elapsed.TotalMilliseconds / cards;
                if (round == 1)
                    TestContext.Out.WriteLine(
                        $"cards: {script,-8} {cpuPerCard:0.00} ms thread CPU, {wallPerCard:0.00} ms wall a card ({cards})");
            }
    }
}
