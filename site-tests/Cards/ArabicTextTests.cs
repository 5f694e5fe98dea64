using SdgArchive.Cards;

namespace SdgArchive.SiteTests.Cards;

public class ArabicTextTests
{
    [Test]
    public void Letters_take_their_joined_forms()
    {
        // بيت "house": beh initial, yeh medial, teh final.
        Assert.That(ArabicText.Shape("\u0628\u064A\u062A"), Is.EqualTo("\uFE91\uFEF4\uFE96"));
        // دار "home": dal and alef never join the letter after them, so all three stand isolated.
        Assert.That(ArabicText.Shape("\u062F\u0627\u0631"), Is.EqualTo("\uFEA9\uFE8D\uFEAD"));
    }

    [Test]
    public void Lam_alef_becomes_one_ligature() =>
        Assert.That(ArabicText.Shape("\u0627\u0644\u0627"), Is.EqualTo("\uFE8D\uFEFB")); // الا: alef, then lam-alef

    [Test]
    public void Right_to_left_line_is_reversed_but_numbers_keep_their_order()
    {
        var visual = ArabicText.Visual("\u0623 \u0628 2024");

        Assert.That(visual, Is.EqualTo("2024 \u0628 \u0623"));
        Assert.That(ArabicText.Visual("Water 2024"), Is.EqualTo("Water 2024"), "left-to-right text is untouched");
    }

    [Test]
    public void Shaped_arabic_can_be_drawn_with_the_shipped_fonts()
    {
        using var fonts = FontChain.LoadShipped();
        Assert.That(fonts.CanDraw(ArabicText.Shape("الاقتصاد الدائري في إدارة النفايات")), Is.True);
    }
}
