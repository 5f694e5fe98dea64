using System.Net;
using System.Text.RegularExpressions;
using SdgArchive.Model;

namespace SdgArchive.Site;

/// <summary>Short plain-text summaries (meta description, listing excerpt) from a document's first real answer.</summary>
public static partial class Excerpts
{
    public const int MaxLength = 160;

    public static string For(ArchiveDocument document)
    {
        var answer = document.Sections
            .Where(s => !s.Heading.Equals("Title", StringComparison.OrdinalIgnoreCase))
            .SelectMany(s => s.Items).Where(i => i.IsAnswered)
            .Select(i => PlainText(i.Answer))
            .FirstOrDefault(t => t.Length >= 20 && !Reading.FormPrompts.IsPrompt(t)); // "Please note: …" is the form talking, not the lab
        return Reading.TextShortening.AtWordBoundary(answer ?? "", MaxLength);
    }

    public static string PlainText(string markdown)
    {
        var text = DataImage().Replace(markdown, " ");
        text = Image().Replace(text, " ");
        text = Link().Replace(text, "$1");
        text = HtmlTag().Replace(text, " ");
        text = WebUtility.HtmlDecode(text);
        text = Markers().Replace(text, " ");
        return Reading.TextRepair.CollapseWhitespace(text);
    }

    [GeneratedRegex(@"!\[[^\]]*\]\(data:[^)]*\)")]
    private static partial Regex DataImage();
    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();
    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();
    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex HtmlTag();
    [GeneratedRegex(@"(^|\s)(#{1,6}|[*_`>]+|-{3,}|\|)(?=\s|$)|[*_`]{2,}", RegexOptions.Multiline)]
    private static partial Regex Markers();
}
