using SdgArchive.Cards;
using SkiaSharp;

namespace SdgArchive.SiteTests.Cards;

public class SocialCardTests
{
    private static FontChain _fonts = null!;
    private static SocialCardRenderer _renderer = null!;

    [OneTimeSetUp]
    public void LoadFonts()
    {
        _fonts = FontChain.LoadShipped();
        _renderer = new SocialCardRenderer(_fonts);
    }

    [OneTimeTearDown]
    public void DisposeFonts() => _fonts.Dispose();

    private static SocialCardInput Card(string title, params int[] sdgs) =>
        new(title, ["Blog"], ["Colombia"], 2021, sdgs, "SDG Commons archive");

    [Test]
    public void Card_is_a_1200_by_630_png_with_drawing_on_it()
    {
        using var bitmap = SKBitmap.Decode(_renderer.Render(Card("Mapping mangroves with fishers", 13, 14)));

        Assert.That(bitmap, Is.Not.Null, "the card is a PNG Skia can read");
        Assert.That((bitmap.Width, bitmap.Height), Is.EqualTo((1200, 630)));
        var inked = CountPixels(bitmap, c => c != SocialCardRenderer.Background);
        Assert.That(inked, Is.GreaterThan(1200 * 630 / 50), "title, bands and footer cover a visible part of the card");
    }

    [Test]
    public void Bands_show_the_colours_of_the_documents_sdgs()
    {
        using var bitmap = SKBitmap.Decode(_renderer.Render(Card("Title", 13, 14)));

        Assert.That(bitmap.GetPixel(10, 10), Is.EqualTo(SKColor.Parse("#3F7E44")), "goal 13 band on the left half");
        Assert.That(bitmap.GetPixel(1190, 10), Is.EqualTo(SKColor.Parse("#0C97D9")), "goal 14 band on the right half");
    }

    [Test]
    public void Same_input_gives_identical_bytes() =>
        Assert.That(_renderer.Render(Card("Ловля рыбы", 2)), Is.EqualTo(_renderer.Render(Card("Ловля рыбы", 2))));

    [TestCase("Б", "Ж", TestName = "Cyrillic")]
    [TestCase("ก", "ข", TestName = "Thai")]
    [TestCase("ب", "ج", TestName = "Arabic")]
    public void Letters_of_other_scripts_draw_as_distinct_glyphs_not_boxes(string first, string second)
    {
        // A missing glyph is drawn as the same empty box for every letter; real glyphs differ from each other.
        Assert.That(_fonts.CanDraw(first + second), Is.True);
        Assert.That(_renderer.Render(Card(first + first + first)), Is.Not.EqualTo(_renderer.Render(Card(second + second + second))));
    }

    [Test]
    public void Thai_title_uses_the_fallback_font_instead_of_the_latin_one()
    {
        const string thai = "การทดลองเกษตรกรรมในชุมชน";
        using var latinOnly = FontChain.FromFiles([Path.Combine(AppContext.BaseDirectory, "Fonts", "DejaVuSans-Bold.ttf")]);

        Assert.That(latinOnly.CanDraw(thai), Is.False, "DejaVu has no Thai: without fallback these would be boxes");
        Assert.That(_fonts.Runs(thai).Select(r => r.Typeface.FamilyName).Distinct(), Is.EqualTo(new[] { "Noto Sans Thai" }));
        Assert.That(new SocialCardRenderer(latinOnly).Render(Card(thai)), Is.Not.EqualTo(_renderer.Render(Card(thai))));
    }

    [Test]
    public void Long_title_is_wrapped_and_ends_with_an_ellipsis()
    {
        var title = string.Join(' ', Enumerable.Repeat("Participatory budgeting with neighbourhood assemblies", 12));
        var lines = new TextLayout(_fonts, 52).Wrap(title, 1056, 5, out var truncated);

        Assert.That(truncated, Is.True);
        Assert.That(lines, Has.Count.EqualTo(5));
        Assert.That(lines[^1], Does.EndWith(TextLayout.Ellipsis));
        Assert.That(lines.Select(l => new TextLayout(_fonts, 52).Measure(l)), Has.All.LessThanOrEqualTo(1056f));
    }

    [Test]
    public void Short_title_is_not_cut()
    {
        var lines = new TextLayout(_fonts, 68).Wrap("Water for all", 1056, 4, out var truncated);

        Assert.That(truncated, Is.False);
        Assert.That(lines, Is.EqualTo(new[] { "Water for all" }));
    }

    private static int CountPixels(SKBitmap bitmap, Func<SKColor, bool> predicate)
    {
        var count = 0;
        for (var y = 0; y < bitmap.Height; y += 2)
            for (var x = 0; x < bitmap.Width; x += 2)
                if (predicate(bitmap.GetPixel(x, y))) count++;
        return count * 4;
    }
}
