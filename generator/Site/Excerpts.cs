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
            .Select(i => PlainText(WhatTheLabWrote(i.Answer, document.Title)))
            .FirstOrDefault(t => t.Length >= 40); // shorter runs are captions and preambles ("From the People of Japan")
        return Reading.TextShortening.AtWordBoundary(answer ?? "", MaxLength);
    }

    /// <summary>
    /// The answer without the form talking ("Please note: …", the unmarked questions of plain-text exports) and
    /// without the line the title was taken from, which the page already shows.
    /// </summary>
    private static string WhatTheLabWrote(string answer, DocumentTitle title) => string.Join('\n', answer.Split('\n')
        .Where(line => !Reading.FormPrompts.IsPrompt(line))
        .Select(line => WithoutTitle(line, title)));

    private static string WithoutTitle(string line, DocumentTitle title)
    {
        if (title.Source != TitleSource.FirstLine) return line;
        var plain = PlainText(line);
        var titleText = title.Text.TrimEnd('…');
        return plain.StartsWith(titleText, StringComparison.Ordinal) ? plain[titleText.Length..].TrimStart('.', ':', ' ') : line;
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
