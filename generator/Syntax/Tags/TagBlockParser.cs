using Markdig.Parsers;
using Markdig.Syntax;

namespace SdgArchive.Syntax.Tags;

/// <summary>
/// Opens a <see cref="TagBlock"/> on a line made only of <c>[[key:value]]</c> tags (it may interrupt a paragraph: the
/// archive writes tag lines straight after text). A value whose <c>]]</c> is on a later line runs over those lines
/// when nothing but the value stands between (no blank line, no new tag); otherwise the tag is read to the end of its
/// line and marked unclosed. A line with other text beside its tags is a paragraph (see <see cref="TagInlineParser"/>).
/// </summary>
public sealed class TagBlockParser : BlockParser
{
    /// <summary>How far a value may run over line breaks (the archive's longest is two lines).</summary>
    private const int MaxValueLines = 12;

    public TagBlockParser() => OpeningCharacters = ['['];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var text = processor.Line.Text;
        var start = processor.Start;
        var lineEnd = LineEnd(text, start);
        var lineStart = processor.CurrentLineStartPosition;
        var line = processor.LineIndex + 1;
        var tags = new List<TagSyntax>();
        var pendingLines = 0;
        var i = start;
        while (i < lineEnd)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            if (i + 1 >= lineEnd || text[i] != '[' || text[i + 1] != '[' || !TagGrammar.TryReadKey(text, i, lineEnd - 1, out var key, out var valueStart))
                return BlockState.None; // other text on the line: a paragraph
            var close = TagGrammar.FindClose(text, valueStart, lineEnd);
            if (close >= 0)
            {
                tags.Add(new TagSyntax(key, text[valueStart..close], line, valueStart - lineStart + 1));
                i = close + 2;
                continue;
            }
            var (value, lines) = ValueOverLines(text, valueStart, lineEnd);
            tags.Add(lines > 0
                ? new TagSyntax(key, value, line, valueStart - lineStart + 1)
                : new TagSyntax(key, text[valueStart..lineEnd], line, valueStart - lineStart + 1, Closed: false));
            pendingLines = lines;
            break;
        }
        if (tags.Count == 0) return BlockState.None;

        var block = new TagBlock(this)
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(start, lineEnd - 1),
            PendingLines = pendingLines,
            ProcessInlines = false,
        };
        block.Tags.AddRange(tags);
        processor.NewBlocks.Push(block);
        return pendingLines > 0 ? BlockState.ContinueDiscard : BlockState.BreakDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var tag = (TagBlock)block;
        tag.PendingLines--;
        tag.UpdateSpanEnd(LineEnd(processor.Line.Text, processor.CurrentLineStartPosition) - 1);
        return tag.PendingLines > 0 ? BlockState.ContinueDiscard : BlockState.BreakDiscard;
    }

    /// <summary>
    /// The value of a tag left open at the end of its line, when a later line closes it with nothing after the
    /// <c>]]</c>: the value's lines joined with spaces and how many lines follow the first; (_, 0) when none does.
    /// </summary>
    private static (string Value, int Lines) ValueOverLines(string text, int valueStart, int firstLineEnd)
    {
        var parts = new List<string> { text[valueStart..firstLineEnd] };
        var position = firstLineEnd + 1;
        for (var n = 1; n <= MaxValueLines && position < text.Length; n++)
        {
            var end = LineEnd(text, position);
            var content = text[position..end];
            var trimmed = content.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith("[[", StringComparison.Ordinal)) return ("", 0);
            var close = content.IndexOf("]]", StringComparison.Ordinal);
            if (close >= 0)
            {
                if (content[(close + 2)..].Trim().Length > 0) return ("", 0);
                parts.Add(content[..close]);
                return (string.Join(' ', parts), n);
            }
            parts.Add(content);
            position = end + 1;
        }
        return ("", 0);
    }

    /// <summary>The index just past the last character of the line holding <paramref name="position"/>.</summary>
    private static int LineEnd(string text, int position)
    {
        var newline = text.IndexOf('\n', position);
        return newline < 0 ? text.Length : newline;
    }
}
