using SdgArchive.Cards;
using SkiaSharp;

namespace SdgArchive.SiteTests.Cards;

/// <summary>
/// Cards of titles in scripts that need shaping: Arabic and Kurdish letters join and read right to left, Khmer vowels
/// and subscripts are placed by the font's rules. Checked on the drawn pixels, as a reader of a shared link sees them.
/// </summary>
public class ComplexScriptCardTests : ShippedFontsFixture
{
    private const string ArabicTitle = "الاقتصاد الدائري في إدارة النفايات";
    private const string KhmerTitle = "ស្ត្រីក្នុងសហគមន៍ដាំគ្រាប់ពូជក្នុងស្រុក";
    // The title's first line: from the top of the largest size to below its descenders.
    private const int LineTop = 168;
    private const int LineBottom = 168 + 68 + 24;

    private static SocialCardInput Card(string title) =>
        new(title, ["Blog"], ["Iraq"], 2022, [12], "SDG Commons archive");

    [Test]
    public void Arabic_title_starts_at_the_right_margin_and_reads_right_to_left()
    {
        var firstWord = ArabicTitle.Split(' ')[0];
        var whole = InkColumns(Draw(ArabicTitle));
        var alone = InkColumns(Draw(firstWord));

        Assert.That(alone.Max(), Is.GreaterThan(SocialCardRenderer.Width - 72 - 8), "one word sits flush right");
        Assert.That(alone.Min(), Is.GreaterThan(SocialCardRenderer.Width / 2), "and stays in the right half");
        Assert.That(whole.Max(), Is.EqualTo(alone.Max()).Within(2), "the whole title ends at the same right edge");
        // Where the first word stands alone, the whole title draws the same word: the rest of it is further left.
        var shared = alone.Count(whole.Contains);
        Assert.That(shared, Is.GreaterThan(alone.Count * 95 / 100), "the first word's columns have ink in the title");
        Assert.That(whole.Min(), Is.LessThan(alone.Min() - 200), "the following words are drawn to the left of it");
    }

    [Test]
    public void Latin_title_still_starts_at_the_left_margin()
    {
        var alone = InkColumns(Draw("Circular"));
        var whole = InkColumns(Draw("Circular economy in waste management"));

        Assert.That(alone.Min(), Is.LessThan(72 + 8));
        Assert.That(whole.Min(), Is.EqualTo(alone.Min()));
        Assert.That(whole.Max(), Is.GreaterThan(alone.Max() + 200));
    }

    [TestCase("تستثمر", TestName = "Arabic word whose letters all join")]
    [TestCase("چێشت", TestName = "Sorani Kurdish word whose letters all join (ێ is Kurdish only)")]
    public void Letters_of_an_Arabic_script_word_are_joined_into_one_stroke(string word)
    {
        // Every letter of these words joins the next: drawn joined, the word's ink has no blank column inside it.
        var columns = InkColumns(Draw(word));
        var gaps = Enumerable.Range(columns.Min(), columns.Max() - columns.Min()).Count(x => !columns.Contains(x));
        Assert.That(gaps, Is.Zero, "no gap between letters");

        // The check can fail: these letters never join the next one, so the word has gaps.
        var separate = InkColumns(Draw("دار ورد"));
        Assert.That(Enumerable.Range(separate.Min(), separate.Max() - separate.Min()).Count(x => !separate.Contains(x)),
            Is.GreaterThan(10));
    }

    [Test]
    public void Khmer_title_draws_its_letters_not_missing_glyph_boxes()
    {
        var runs = Fonts.Runs(KhmerTitle);
        Assert.That(runs.Select(r => r.Typeface.FamilyName).Distinct(), Is.EqualTo(new[] { "Noto Sans Khmer" }));
        using var layout = new TextLayout(Fonts, 68);
        var shaped = layout.ShapedRuns(KhmerTitle, false).ToList();
        Assert.That(shaped.SelectMany(s => s.Shaped.Glyphs), Has.None.EqualTo((ushort)0),
            "glyph 0 is the font's .notdef box: every character has a glyph after shaping");

        // Subscript consonants (after the coeng sign U+17D2) sit under the letter before and take no width of their
        // own: shaped, the text is narrower than its characters set side by side.
        using var font = TextLayout.CardFont(runs[0].Typeface, 68);
        var sideBySide = KhmerTitle.Sum(c => font.MeasureText(c.ToString()));
        Assert.That(shaped.Sum(s => s.Shaped.Width), Is.LessThan(sideBySide * 0.9f));

        // Without a Khmer font the title would be .notdef boxes: the card must differ from that one everywhere.
        var boxes = new string('\uE000', KhmerTitle.Count(c => !char.IsWhiteSpace(c)));
        using var khmer = Draw(KhmerTitle);
        using var notdef = Draw(boxes);
        var differentColumns = Enumerable.Range(72, 400).Count(x => Column(khmer, x) != Column(notdef, x));
        Assert.That(differentColumns, Is.GreaterThan(300));
    }

    [Test]
    public void Khmer_title_breaks_lines_between_words_where_the_writer_put_zero_width_spaces()
    {
        // Khmer has no spaces between words; U+200B marks where a line may break. Without it, the break would fall
        // between two letters of a word.
        string[] words = ["ស្ត្រី", "ក្នុង", "សហគមន៍", "ដាំ", "គ្រាប់ពូជ", "ក្នុងស្រុក", "ហើយ", "ចែករំលែក",
            "វា", "ជាមួយ", "អ្នកជិតខាង", "រៀងរាល់ឆ្នាំ"];
        var title = string.Join('\u200B', words);
        using var layout = new TextLayout(Fonts, 68);
        var lines = layout.Wrap(title, 1056, 4, out var truncated);

        Assert.That(truncated, Is.False);
        Assert.That(lines, Has.Count.GreaterThan(1), "the title is longer than a line");
        Assert.That(string.Concat(lines), Is.EqualTo(title));
        foreach (var line in lines.SkipLast(1))
            Assert.That(line, Does.EndWith("\u200B"), "each line ends after a whole word");
        Assert.That(lines.Select(l => layout.Measure(l)), Has.All.LessThanOrEqualTo(1056f));
    }

    [TestCase(ArabicTitle)]
    [TestCase(KhmerTitle)]
    [TestCase("خطة 2030 للتنمية (المرحلة الأولى)")]
    public void Shaped_title_gives_identical_bytes_on_any_thread(string title)
    {
        var here = Renderer.Render(Card(title));
        var there = Task.Run(() =>
        {
            Renderer.Render(Card("Solar kiosks for rural clinics"));
            return Renderer.Render(Card(title));
        }).Result;
        Assert.That(there, Is.EqualTo(here));
    }

    [Test]
    public void Long_arabic_title_wraps_each_line_flush_right_and_fits()
    {
        var title = string.Join(' ', Enumerable.Repeat(ArabicTitle, 4));
        using var bitmap = Draw(title);
        var rows = Enumerable.Range(LineTop, 500 - LineTop).Where(y => Row(bitmap, y) > 0).ToList();
        Assert.That(rows.Max() - rows.Min(), Is.GreaterThan(150), "the title takes several lines");
        for (var x = 0; x < 60; x++)
            Assert.That(Enumerable.Range(LineTop, 500 - LineTop).All(y => IsBackground(bitmap.GetPixel(x, y))), Is.True,
                "nothing is drawn in the left margin");
    }

    private SKBitmap Draw(string title) => SKBitmap.Decode(Renderer.Render(Card(title)));

    /// <summary>Columns with ink in the title's first line.</summary>
    private static HashSet<int> InkColumns(SKBitmap bitmap)
    {
        using (bitmap)
            return Enumerable.Range(0, bitmap.Width).Where(x => Column(bitmap, x) > 0).ToHashSet();
    }

    private static int Column(SKBitmap bitmap, int x) =>
        Enumerable.Range(LineTop, LineBottom - LineTop).Count(y => !IsBackground(bitmap.GetPixel(x, y)));

    private static int Row(SKBitmap bitmap, int y) =>
        Enumerable.Range(0, bitmap.Width).Count(x => !IsBackground(bitmap.GetPixel(x, y)));

    // Dark enough to be the title's ink, not the faintest anti-aliasing.
    private static bool IsBackground(SKColor color) => color.Red + color.Green + color.Blue > 3 * 200;
}
