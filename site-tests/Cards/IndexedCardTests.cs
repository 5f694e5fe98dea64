using SdgArchive.Cards;
using SkiaSharp;

namespace SdgArchive.SiteTests.Cards;

/// <summary>
/// The card is painted straight into palette indices from Skia's text coverage (<see cref="IndexedCardPainter"/>),
/// never drawn in colour. Decoded, it must look like the full-colour drawing of the same layout
/// (<see cref="ReferenceCardPainter"/>): every pixel within half a blend step of it, flat colours exact.
/// </summary>
public class IndexedCardTests : ShippedFontsFixture
{
    // Half the widest blend step of the palette: white numbers over the blue of goal 14 in 8 steps
    // ((255 − 12) / 8 / 2), plus one for the rasterizer's rounding.
    private const int ChipTolerance = 17;
    // The title and facts: #1A1A1A over white in 16 steps ((255 − 26) / 16 / 2), plus one.
    private const int InkTolerance = 8;

    private static readonly SocialCardInput Latin = new("Mapping mangrove restoration with fishing cooperatives",
        ["Blog", "Solution"], ["Colombia", "Ecuador"], 2021, [13, 14], "SDG Commons archive");
    private static readonly SocialCardInput Arabic = new("الاقتصاد الدائري في إدارة النفايات الصلبة في المدن السورية",
        ["Learning plan"], ["Syria"], 2022, [12, 11, 1, 2, 3, 4, 5, 6, 7, 8], "SDG Commons archive");
    private static readonly SocialCardInput NoSdg = new("Solar kiosks for rural clinics", ["Experiment"], [], null, [],
        "SDG Commons archive");

    private static IEnumerable<TestCaseData> Cards()
    {
        yield return new TestCaseData(Latin).SetName("Latin title, two goals");
        yield return new TestCaseData(Arabic).SetName("Arabic title, ten goals (seven chips and +3)");
        yield return new TestCaseData(NoSdg).SetName("No goal, no country, no year");
    }

    [TestCaseSource(nameof(Cards))]
    public void Decoded_card_matches_the_full_colour_drawing_within_the_palette_steps(SocialCardInput card)
    {
        using var indexed = SKBitmap.Decode(Renderer.Render(card));
        using var reference = Renderer.RenderReference(card);
        var drawn = reference.Bitmap;

        var inked = 0;
        var differing = 0;
        for (var y = 0; y < SocialCardRenderer.Height; y++)
            for (var x = 0; x < SocialCardRenderer.Width; x++)
            {
                var expected = drawn.GetPixel(x, y);
                var actual = indexed.GetPixel(x, y);
                if (expected != SocialCardRenderer.Background) inked++;
                var difference = Math.Max(Math.Abs(expected.Red - actual.Red),
                    Math.Max(Math.Abs(expected.Green - actual.Green), Math.Abs(expected.Blue - actual.Blue)));
                if (difference > 0) differing++;
                var inChips = y >= 536 && x >= SocialCardRenderer.Width / 2;
                Assert.That(difference, Is.LessThanOrEqualTo(inChips ? ChipTolerance : InkTolerance),
                    $"pixel ({x}, {y}): drawn {expected}, card {actual}");
            }

        Assert.That(inked, Is.GreaterThan(SocialCardRenderer.Width * 28),
            "the reference has bands and text to compare");
        Assert.That(differing, Is.LessThan(inked / 3),
            "most pixels, all flat ones among them, are exactly the drawing's");
    }

    [TestCase("Mapping mangroves: 2030 (ÁÉÎ) fjord", 68f, 72f, 236f, TestName = "Latin at the title's size")]
    [TestCase("Water for all", 52f, 72.3f, 317.6f, TestName = "Latin at fractional pen positions")]
    [TestCase("الاقتصاد الدائري في إدارة النفايات", 60f, 101.7f, 290.4f, TestName = "Arabic, joined and right to left")]
    [TestCase("ស្ត្រីក្នុងសហគមន៍ដាំគ្រាប់ពូជ", 68f, 72f, 236f, TestName = "Khmer with stacked subscripts")]
    [TestCase("农村社区雨水收集与微电网试点", 28f, 900.55f, 104f, TestName = "Chinese at the label's size")]
    public void Stamped_glyph_masks_give_the_coverage_Skia_draws(string text, float size, float x, float baseline)
    {
        const int width = SocialCardRenderer.Width, height = SocialCardRenderer.Height;
        using var layout = new TextLayout(Fonts, size);
        var runs = layout.GlyphRuns(text, x).ToList();
        var ink = SKColor.Parse("#1A1A1A");

        using var skia = new SKBitmap(new SKImageInfo(width, height, SKColorType.Alpha8, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(skia))
        using (var paint = new SKPaint { IsAntialias = true, Color = ink })
        {
            canvas.Clear(SKColors.Transparent);
            foreach (var run in runs)
                using (var blob = run.ToBlob())
                    canvas.DrawText(blob!, run.X, baseline, paint);
        }
        var stamped = new byte[width * height];
        foreach (var run in runs) GlyphMasks.OfThread.Stamp(run, baseline, ink, stamped, width, height);

        var drawn = skia.GetPixelSpan().ToArray();
        Assert.That(drawn.Count(b => b != 0), Is.GreaterThan(500), "Skia drew the text");
        var differing = Enumerable.Range(0, drawn.Length).Where(i => drawn[i] != stamped[i]).ToList();
        Assert.That(differing, Is.Empty,
            differing.Count == 0 ? "" : $"first at ({differing[0] % width}, {differing[0] / width})");
    }

    [Test]
    public void Comparison_fails_for_a_card_that_shows_something_else()
    {
        // The check above can fail: the same layout with another title differs far beyond the palette steps.
        var otherTitle = Latin with { Title = "Mapping mangrove restoration with fishers" };
        using var indexed = SKBitmap.Decode(Renderer.Render(otherTitle));
        using var reference = Renderer.RenderReference(Latin);
        var far = 0;
        for (var y = 168; y < 400; y++)
            for (var x = 0; x < SocialCardRenderer.Width; x++)
                if (Math.Abs(reference.Bitmap.GetPixel(x, y).Red - indexed.GetPixel(x, y).Red) > InkTolerance) far++;
        Assert.That(far, Is.GreaterThan(1000));
    }

    [Test]
    public void Text_whose_bounds_overlap_keeps_each_its_own_colours()
    {
        // The site name and the type label share a row; chips sit side by side with their numbers' bounds overlapping
        // the neighbours'. Each text is mapped alone, so no white number turns grey and no grey label turns white.
        var card = Latin with { Sdgs = [1, 2, 3, 4, 5, 6, 7, 8] };
        using var bitmap = SKBitmap.Decode(Renderer.Render(card));
        var chipColours = card.Sdgs.Select(SdgPalette.ColorFor).ToHashSet();
        for (var y = 536; y < 536 + 56; y++)
            for (var x = SocialCardRenderer.Width - 72 - 8 * 56 - 7 * 8; x < SocialCardRenderer.Width - 72; x++)
            {
                var chip = (x - (SocialCardRenderer.Width - 72 - 8 * 56 - 7 * 8)) % 64;
                if (chip >= 56) continue; // the gap between chips
                var pixel = bitmap.GetPixel(x, y);
                var isChipOrWhiteBlend = chipColours.Any(c => Between(c, SKColors.White, pixel));
                Assert.That(isChipOrWhiteBlend, Is.True, $"({x}, {y}) {pixel} is a blend of a chip colour and white");
            }
    }

    // True when every channel of pixel lies between those of a and b: a blend of the two.
    private static bool Between(SKColor a, SKColor b, SKColor pixel) =>
        InRange(a.Red, b.Red, pixel.Red) && InRange(a.Green, b.Green, pixel.Green)
        && InRange(a.Blue, b.Blue, pixel.Blue);

    private static bool InRange(byte a, byte b, byte value) => value >= Math.Min(a, b) && value <= Math.Max(a, b);
}
