using Markdig.Helpers;
using Markdig.Parsers;

namespace SdgArchive.Syntax.Timestamps;

/// <summary>Reads <c>[[m:ss]]</c>, <c>[[mm:ss]]</c> and <c>[[h:mm:ss]]</c> as a <see cref="TimestampInline"/>.</summary>
public sealed class TimestampInlineParser : InlineParser
{
    public TimestampInlineParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        if (start + 1 > slice.End || text[start + 1] != '[') return false;
        var i = start + 2;
        var parts = new List<int>(3);
        while (parts.Count < 3)
        {
            var digitsStart = i;
            while (i <= slice.End && i - digitsStart < 3 && char.IsAsciiDigit(text[i])) i++;
            if (i == digitsStart) return false;
            parts.Add(int.Parse(text.AsSpan(digitsStart, i - digitsStart), System.Globalization.CultureInfo.InvariantCulture));
            if (parts.Count > 1 && i - digitsStart != 2) return false; // minutes and seconds after the first part are two digits
            if (i <= slice.End && text[i] == ':') { i++; continue; }
            break;
        }
        if (parts.Count < 2 || i + 1 > slice.End || text[i] != ']' || text[i + 1] != ']') return false;
        if (parts[^1] >= 60 || (parts.Count == 3 && parts[1] >= 60)) return false;
        var seconds = parts.Count == 3 ? parts[0] * 3600 + parts[1] * 60 + parts[2] : parts[0] * 60 + parts[1];
        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new TimestampInline(seconds, text[(start + 2)..i])
        {
            Span = new Markdig.Syntax.SourceSpan(position, position + (i + 1 - start)),
            Line = line,
            Column = column,
        };
        slice.Start = i + 2;
        return true;
    }
}
