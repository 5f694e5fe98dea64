using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using SdgArchive.Reading;

namespace SdgArchive.SiteTests.Properties;

/// <summary>
/// Collapsing whitespace (every answer, title and line the reader shows goes through it) gives what the regular
/// expression it replaced gave, for any text: the words joined by single spaces, whatever whitespace separated them.
/// </summary>
public partial class WhitespaceProperties
{
    // The characters .NET's \s matches, and a few that look like whitespace but are not.
    private static readonly char[] Pieces =
        [' ', ' ', '\t', '\n', '\r', '\v', '\f', '\u0085', '\u00A0', '\u2003', '\u2028', '\u2029', '\u3000', '\u200B',
            '\uFEFF', 'a', 'b', 'é', '中', '-', '.'];

    private static readonly Gen<string> Texts =
        Gen.Elements(Pieces).ArrayOf().Select(chars => new string(chars));

    [FsCheck.NUnit.Property(MaxTest = 2000)]
    public Property Collapsing_gives_the_words_joined_by_single_spaces() =>
        Prop.ForAll(Texts.ToArbitrary(), text =>
        {
            var expected = Whitespace().Replace(text, " ").Trim();
            var collapsed = TextRepair.CollapseWhitespace(text);
            return (collapsed == expected).Label($"\"{Regex.Escape(text)}\" gave \"{Regex.Escape(collapsed)}\"");
        });

    [Test]
    public void A_long_text_is_collapsed_too_and_a_collapsed_one_comes_back_as_it_is()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", 400));
        Assert.That(TextRepair.CollapseWhitespace(words), Is.SameAs(words), "nothing to collapse: nothing allocated");
        Assert.That(TextRepair.CollapseWhitespace("\n " + words.Replace(" ", " \t\n ") + "\u3000"), Is.EqualTo(words));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
