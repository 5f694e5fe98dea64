using Markdig.Helpers;
using Markdig.Parsers;

namespace SdgArchive.Syntax.Tags;

/// <summary>Reads a <c>[[key:value]]</c> tag standing inside running text (on one line) as a <see cref="TagInline"/>.</summary>
public sealed class TagInlineParser : InlineParser
{
    public TagInlineParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        if (slice.PeekChar() != '[' || !TagGrammar.TryReadKey(text, start, slice.End, out var key, out var valueStart)) return false;
        var close = TagGrammar.FindClose(text, valueStart, slice.End + 1);
        if (close < 0) return false;
        var position = processor.GetSourcePosition(valueStart, out var line, out var column);
        processor.Inline = new TagInline(new TagSyntax(key, text[valueStart..close], line + 1, column + 1))
        {
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start), position + (close - valueStart) + 1),
            Line = line,
            Column = column,
        };
        slice.Start = close + 2;
        return true;
    }
}
