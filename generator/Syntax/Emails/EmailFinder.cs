using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SdgArchive.Syntax.Emails;

/// <summary>
/// Finds the e-mail addresses of a parsed document: in plain text (as GFM's autolinks do) and Markdown's
/// <c>&lt;a@b.org&gt;</c> autolinks, and turns each into an <see cref="EmailInline"/>. Text inside links and code is left alone.
/// </summary>
public static partial class EmailFinder
{
    public static void Apply(MarkdownDocument document)
    {
        var literals = new List<LiteralInline>();
        foreach (var inline in document.Descendants<Inline>())
        {
            if (inline is AutolinkInline { IsEmail: true } autolink)
                autolink.ReplaceBy(new EmailInline(autolink.Url) { Span = autolink.Span, Line = autolink.Line, Column = autolink.Column });
            else if (inline is LiteralInline literal && literal.Content.IndexOf('@') >= 0 && !InsideLink(literal))
                literals.Add(literal);
        }
        foreach (var literal in literals) Split(literal);
    }

    private static bool InsideLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
            if (parent is LinkInline) return true;
        return false;
    }

    private static void Split(LiteralInline literal)
    {
        var text = literal.Content.ToString();
        var matches = Address().Matches(text);
        if (matches.Count == 0) return;
        var origin = literal.Span.Start;
        Inline current = literal;
        var copied = 0;
        var pieces = new List<Inline>();
        foreach (Match match in matches)
        {
            if (match.Index > copied) pieces.Add(new LiteralInline(text[copied..match.Index]) { Span = Span(origin, copied, match.Index), Line = literal.Line });
            pieces.Add(new EmailInline(match.Value) { Span = Span(origin, match.Index, match.Index + match.Length), Line = literal.Line });
            copied = match.Index + match.Length;
        }
        if (copied < text.Length) pieces.Add(new LiteralInline(text[copied..]) { Span = Span(origin, copied, text.Length), Line = literal.Line });
        current.ReplaceBy(pieces[0]);
        current = pieces[0];
        foreach (var piece in pieces.Skip(1))
        {
            current.InsertAfter(piece);
            current = piece;
        }
    }

    private static SourceSpan Span(int origin, int from, int to) =>
        origin < 0 ? SourceSpan.Empty : new SourceSpan(origin + from, origin + to - 1);

    [GeneratedRegex(@"(?<![\w.+%-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}(?![\w-])")]
    private static partial Regex Address();
}
