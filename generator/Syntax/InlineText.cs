using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SdgArchive.Syntax.Emails;
using SdgArchive.Syntax.Tags;
using SdgArchive.Syntax.Timestamps;

namespace SdgArchive.Syntax;

/// <summary>
/// The words a reader sees in a piece of the tree, as plain text: emphasis and link markup dropped, line breaks as
/// spaces, images, raw HTML and tags left out, e-mail addresses between <see cref="EmailPrivacy"/>'s marks.
/// </summary>
public static partial class InlineText
{
    // (Collapsing the whole text gives what collapsing each line, dropping the empty ones and collapsing again gave:
    // the words joined by single spaces, without that pass's copies.)
    public static string Of(Block block) => Reading.TextRepair.CollapseWhitespace(Raw(block));

    /// <summary>The text with its line breaks (one line per source line or block), spaces collapsed within lines.</summary>
    public static string Lines(Block block) =>
        string.Join('\n', Raw(block).Split('\n').Select(Reading.TextRepair.CollapseWhitespace)
            .Where(line => line.Length > 0));

    private static string Raw(Block block)
    {
        var builder = new StringBuilder();
        Append(block, builder);
        return builder.ToString();
    }

    /// <summary>
    /// A leaf block's text line by line as a reader sees it, each line with the 1-based source line and column where its
    /// text starts; empty lines left out. Raw HTML and code keep their source lines.
    /// </summary>
    public static IReadOnlyList<TextLine> LinesOf(LeafBlock block)
    {
        var lines = new List<TextLine>();
        if (block.Inline is null)
        {
            if (block is not (HtmlBlock or CodeBlock) || block.Lines.Count == 0) return lines; // an empty group has no array
            for (var k = 0; k < block.Lines.Count; k++)
            {
                var line = block.Lines.Lines[k];
                var raw = line.Slice.ToString();
                var text = Reading.TextRepair.CollapseWhitespace(block is HtmlBlock
                    ? System.Net.WebUtility.HtmlDecode(HtmlMarkup().Replace(raw, " ")) : raw);
                if (text.Length > 0) lines.Add(new TextLine(text, line.Line + 1, line.Column + 1));
            }
            return lines;
        }
        var current = new StringBuilder();
        var (at, column) = (-1, -1);
        void Flush()
        {
            var text = Reading.TextRepair.CollapseWhitespace(current.ToString());
            if (text.Length > 0) lines.Add(new TextLine(text, at + 1, column + 1));
            current.Clear();
            (at, column) = (-1, -1);
        }
        void Walk(Inline inline)
        {
            switch (inline)
            {
                case LineBreakInline: Flush(); return;
                case LinkInline { IsImage: true } or HtmlInline or TagInline: return;
                case ContainerInline container:
                    for (var child = container.FirstChild; child is not null; child = child.NextSibling) Walk(child);
                    return;
            }
            var before = current.Length;
            Append(inline, current);
            if (at < 0 && current.ToString(before, current.Length - before).Trim().Length > 0) (at, column) = (inline.Line, inline.Column);
        }
        for (var child = block.Inline.FirstChild; child is not null; child = child.NextSibling) Walk(child);
        Flush();
        return lines;
    }

    public static string Of(Inline inline)
    {
        var builder = new StringBuilder();
        Append(inline, builder);
        return Reading.TextRepair.CollapseWhitespace(builder.ToString());
    }

    private static void Append(Block block, StringBuilder builder)
    {
        switch (block)
        {
            case TagBlock or ThematicBreakBlock:
                return;
            case HtmlBlock html:
                // Raw HTML's text is the author's text too; its tags, comments and scripts are not.
                builder.Append(System.Net.WebUtility.HtmlDecode(HtmlMarkup().Replace(html.Lines.ToString(), " "))).Append('\n');
                return;
            case CodeBlock code:
                builder.Append(code.Lines.ToString()).Append('\n');
                return;
            case LeafBlock { Inline: { } inline }:
                Append(inline, builder);
                builder.Append('\n');
                return;
            case ContainerBlock container:
                foreach (var child in container) Append(child, builder);
                return;
        }
    }

    private static void Append(Inline inline, StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal: builder.Append(literal.Content.AsSpan()); break;
            case CodeInline code: builder.Append(code.Content); break;
            case LineBreakInline: builder.Append('\n'); break;
            case TimestampInline timestamp: builder.Append(timestamp.Text); break;
            case EmailInline email: builder.Append(EmailPrivacy.Open).Append(email.Address).Append(EmailPrivacy.Close); break;
            case AutolinkInline autolink: builder.Append(autolink.Url); break;
            case HtmlEntityInline entity: builder.Append(entity.Transcoded.AsSpan()); break;
            case LinkInline { IsImage: true } or HtmlInline or TagInline: break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling) Append(child, builder);
                break;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<[^>]*>", System.Text.RegularExpressions.RegexOptions.Singleline | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex HtmlMarkup();
}

/// <summary>One line of a block's text with where it starts in the source (1-based).</summary>
public readonly record struct TextLine(string Text, int Line, int Column);
