using SdgArchive.Model;
using SdgArchive.Syntax.Emails;

namespace SdgArchive.Site;

/// <summary>
/// Short plain-text summaries (meta description, listing excerpt) from a document's first real answer: unanswered
/// questions, the Title section, the form's prompts, the title repeated, the navigation of copied web pages and the
/// archive's boilerplate (see <see cref="Boilerplate"/>) left out.
/// </summary>
public static class Excerpts
{
    public const int MaxLength = 160;

    public static string For(ArchiveDocument document) => For(document, Boilerplate.None, FocalPointPolicy.Masked);

    public static string For(ArchiveDocument document, Boilerplate boilerplate, FocalPointPolicy emails)
    {
        var answers = document.Sections
            .Where(s => !s.IsTitle)
            .SelectMany(s => s.Items).Where(i => i.IsAnswered)
            .Select(i => boilerplate.Strip(boilerplate.WithoutNavigation(i.Text))).ToList();
        // Shorter runs are captions and preambles ("From the People of Japan"). A document whose only words are its
        // title again or a link still gets them as its summary rather than none.
        var answer = answers.Select(a => WhatTheLabWrote(a, document.Title, strict: true)).FirstOrDefault(t => t.Length >= 40)
            ?? answers.Select(a => WhatTheLabWrote(a, document.Title, strict: false)).FirstOrDefault(t => t.Length >= 40);
        return Reading.TextShortening.AtWordBoundary(EmailPrivacy.Plain(answer ?? "", emails), MaxLength);
    }

    /// <summary>
    /// The answer without the form talking (the unmarked questions of plain-text exports), without the title again
    /// (the line it was taken from, or the same words in any case), which the page already shows, and without lines
    /// that are only a web address.
    /// </summary>
    private static string WhatTheLabWrote(string text, DocumentTitle title, bool strict) =>
        Reading.TextRepair.CollapseWhitespace(string.Join(' ', text.Split('\n')
        .Where(line => !Reading.FormPrompts.IsPrompt(line) && !(strict && (RepeatsTitle(line, title) || IsAddressOnly(line))))
        .Select(line => WithoutTitle(line, title))));

    /// <summary>A line that is only a web address (a form's link to itself): nothing to read in a summary.</summary>
    private static bool IsAddressOnly(string line)
    {
        var trimmed = line.Trim();
        return !trimmed.Contains(' ') && Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
    }

    /// <summary>
    /// A line that is the title again, in any case (a copied page's heading and its breadcrumb in capitals): the page
    /// shows the title already, and the search record starts with it.
    /// </summary>
    public static bool RepeatsTitle(string line, DocumentTitle title) =>
        line.Any(char.IsLetterOrDigit)
        && (SameLettersAndDigits(line, title.Text) || SameLettersAndDigits(line, title.Display));

    /// <summary>
    /// Whether both texts have the same letters and digits, in any case, whatever stands between them. Compared in
    /// place: asked of every line of every answer twice a build (excerpts, search records), the strings it had built
    /// to compare were 2.3 % of a one-edit build's samples at 10,000 documents.
    /// </summary>
    private static bool SameLettersAndDigits(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && !char.IsLetterOrDigit(a[i])) i++;
            while (j < b.Length && !char.IsLetterOrDigit(b[j])) j++;
            if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length;
            if (char.ToLowerInvariant(a[i]) != char.ToLowerInvariant(b[j])) return false;
            i++;
            j++;
        }
    }

    private static string WithoutTitle(string line, DocumentTitle title)
    {
        if (title.Source != TitleSource.FirstLine) return line;
        var titleText = title.Text.TrimEnd('…');
        return line.StartsWith(titleText, StringComparison.Ordinal) ? line[titleText.Length..].TrimStart('.', ':', ' ') : line;
    }

    /// <summary>Plain text of free-standing Markdown (the site's own pages), for their meta description.</summary>
    public static string PlainText(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Syntax.ArchiveMarkdown.Fragments);
        return EmailPrivacy.Plain(Reading.TextRepair.CollapseWhitespace(string.Join(' ', document.Select(Syntax.InlineText.Of))), FocalPointPolicy.Masked);
    }
}
