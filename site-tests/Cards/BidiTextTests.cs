using SdgArchive.Cards;

namespace SdgArchive.SiteTests.Cards;

public class BidiTextTests
{
    private static string[] Drawn(string line, bool rightToLeft) =>
        BidiText.VisualRuns(line, rightToLeft).Select(r => (r.RightToLeft ? "R:" : "L:") + r.Text).ToArray();

    [Test]
    public void Right_to_left_line_is_drawn_from_its_end_and_numbers_keep_their_order() =>
        Assert.That(Drawn("خطة 2030 للتنمية", true), Is.EqualTo(new[] { "R: للتنمية", "L:2030", "R:خطة " }));

    [Test]
    public void Latin_words_inside_arabic_keep_their_order() =>
        Assert.That(Drawn("منصة Open Data للمدن", true), Is.EqualTo(new[] { "R: للمدن", "L:Open Data", "R:منصة " }));

    [Test]
    public void Arabic_word_inside_a_latin_line_is_one_right_to_left_run_with_the_number_after_it() =>
        Assert.That(Drawn("The word سلام 2024", false), Is.EqualTo(new[] { "L:The word ", "L:2024", "R:سلام " }));

    [Test]
    public void Left_to_right_text_is_one_run() =>
        Assert.That(Drawn("Agenda 2030 (phase 1)", false), Is.EqualTo(new[] { "L:Agenda 2030 (phase 1)" }));

    [TestCase("الاقتصاد الدائري", true)]
    [TestCase("ژنانی کۆمەڵگە", true)]
    [TestCase("2030 خطة", true)]
    [TestCase("Water 2024", false)]
    [TestCase("ស្ត្រី", false)]
    public void A_title_reads_in_the_direction_of_its_first_letter(string title, bool rightToLeft) =>
        Assert.That(BidiText.ParagraphIsRightToLeft(title), Is.EqualTo(rightToLeft));
}
