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
    public static string Of(Block block) => Reading.TextRepair.CollapseWhitespace(Lines(block));

    /// <summary>The text with its line breaks (one line per source line or block), spaces collapsed within lines.</summary>
    public static string Lines(Block block)
    {
        var builder = new StringBuilder();
        Append(block, builder);
        return string.Join('\n', builder.ToString().Split('\n').Select(Reading.TextRepair.CollapseWhitespace).Where(l => l.Length > 0));
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
