using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using SdgArchive.Model;

namespace SdgArchive.Languages;

/// <summary>
/// The text a document's language is told from: its title and what the lab wrote (the answers), as plain words. Form
/// prompts are left out (the platform printed them in English above Spanish and French answers), and so are images,
/// link targets, addresses and HTML, which are the same in every language.
/// </summary>
public static partial class LanguageSample
{
    /// <summary>
    /// Characters of plain text handed to the detector. Lingua's time grows with the text (low-accuracy mode, warm, on the
    /// 400 corpus pages: 0.25 ms a page at 200 characters, 0.55 ms at 600); 600 gives every page the language it gets
    /// from 4,000, while 300 and 450 still mislabel two mixed pages (an English blog quoting a French date line, a
    /// French plan under English form notes). A long blog then costs what a short solution costs.
    /// </summary>
    public const int MaxLength = 600;

    public static string Of(ArchiveDocument document)
    {
        var sample = new StringBuilder(MaxLength + 100);
        Append(sample, document.Title.Text, except: null);
        // Lines after the sample is full are not looked at: a long answer's every line went through the six
        // expressions of PlainWords only to be cut off (2.3 % of the core build's CPU at 10,000 held-out documents).
        foreach (var item in document.Sections.SelectMany(s => s.Items))
        {
            if (!item.IsAnswered) continue;
            for (var start = 0; start <= item.Answer.Length && sample.Length < MaxLength;)
            {
                var end = item.Answer.IndexOf('\n', start);
                if (end < 0) end = item.Answer.Length;
                var line = item.Answer[start..end];
                if (!Reading.FormPrompts.IsPrompt(line)) Append(sample, line, document.Title.Text);
                start = end + 1;
            }
            if (sample.Length >= MaxLength) break;
        }
        return sample.Length > MaxLength ? sample.ToString(0, MaxLength) : sample.ToString();
    }

    /// <summary>
    /// How many letters a text has: a sample with few letters is too short to tell its language. A Chinese or Japanese
    /// character is most of a word, so it counts as three.
    /// </summary>
    public static int Letters(string text) => text.Sum(c => !char.IsLetter(c) ? 0 : c is >= '\u3040' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' ? 3 : 1);

    /// <summary>Appends a line's words, unless it only repeats the title (a form's Title answer): that would count twice.</summary>
    private static void Append(StringBuilder sample, string markdown, string? except)
    {
        var text = PlainWords(markdown);
        if (text.Length == 0 || (except is not null && text.Equals(except.Trim(), StringComparison.OrdinalIgnoreCase))) return;
        if (sample.Length > 0) sample.Append(' ');
        sample.Append(text);
    }

    private static string PlainWords(string markdown)
    {
        var text = Image().Replace(markdown, " ");
        text = Link().Replace(text, "$1");
        text = HtmlTag().Replace(text, " ");
        text = WebUtility.HtmlDecode(text);
        text = Address().Replace(text, " ");
        text = Markers().Replace(text, " ");
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();
    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();
    [GeneratedRegex(@"<[^>]{0,500}>")]
    private static partial Regex HtmlTag();
    [GeneratedRegex(@"\b(?:https?://|www\.)\S+|\S+@\S+\.\S+")]
    private static partial Regex Address();
    [GeneratedRegex(@"[#*_`>|~\[\]]+|-{2,}")]
    private static partial Regex Markers();
    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
