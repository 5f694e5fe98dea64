using SdgArchive.Diagnostics;

namespace SdgArchive.Security;

/// <summary>
/// The tag limits, enforced on the raw bytes before the reader parses them: tags past <see cref="InputLimits.MaxTags"/>
/// (every <c>[[key:</c>, <c>latlng</c> points included) and tags whose value is longer than
/// <see cref="InputLimits.MaxTermLength"/> (<see cref="InputLimits.MaxTagTextLength"/> for the keys that hold text or
/// an address) are cut out of the text. Checked after parsing, 20,000 <c>country</c> tags took 8.6 s to read, 10,000
/// points 28 s (and points escaped the limit altogether), and a 20 KB country name became a term page, a map label
/// and a social card line.
/// </summary>
public static class TagBudget
{
    /// <summary>Keys whose value is a sentence or an address, not a term (the archive's longest: 791 characters).</summary>
    private static readonly HashSet<string> TextKeys = new(StringComparer.OrdinalIgnoreCase) { "ai_summary", "source", "consent", "audio" };

    /// <summary>How many lines a value may run over (as the reader's tag parser allows).</summary>
    private const int MaxValueLines = 12;

    /// <param name="Length">The value's length in characters; past the limit, only that it is over.</param>
    private readonly record struct TagSpan(int End, int Length, bool Text);

    /// <summary>The bytes with the tags over the limits removed (the same array when within them); each cut is reported.</summary>
    public static byte[] Limit(byte[] bytes, InputLimits limits, string path, List<Diagnostic> problems)
    {
        var count = 0;
        for (var i = 0; i + 2 < bytes.Length; i++)
            if (IsTagStart(bytes, i)) { count++; i++; }
        if (count == 0) return bytes;

        // Tags are measured in order and a cut tag is skipped whole, so no byte is scanned twice except within the
        // first MaxTags tags' limits (500 × 8,000 characters at worst).
        List<byte>? kept = null;
        var from = 0;
        var seen = 0;
        var cursor = new LineCursor(bytes);
        for (var i = 0; i + 2 < bytes.Length; i++)
        {
            if (!IsTagStart(bytes, i)) continue;
            if (++seen <= limits.MaxTags)
            {
                var tag = Measure(bytes, i, limits);
                var limit = tag.Text ? limits.MaxTagTextLength : limits.MaxTermLength;
                if (tag.Length <= limit) { i++; continue; }
                var (line, column) = cursor.At(i);
                problems.Add(new(new(path, line, column), Severity.Warning, DiagnosticCodes.TagValueTooLong,
                    $"tag value is longer than the {limit:N0} characters allowed{(tag.Text ? "" : " for a term")}: the tag is not published"));
                Cut(i, tag.End);
            }
            else
            {
                if (seen == limits.MaxTags + 1)
                {
                    var (line, column) = cursor.At(i);
                    problems.Add(new(new(path, line, column), Severity.Warning, DiagnosticCodes.TooManyTags,
                        $"document has {count} tags, over the limit of {limits.MaxTags}; this is tag number {limits.MaxTags + 1}, and it and the tags after it are not published"));
                }
                Cut(i, EndOfTag(bytes, i));
            }
            i = from - 1; // the loop's i++ steps to the first byte after the cut
        }
        if (kept is null) return bytes;
        kept.AddRange(bytes.AsSpan(from));
        return [.. kept];

        void Cut(int start, int end)
        {
            kept ??= new List<byte>(bytes.Length);
            kept.AddRange(bytes.AsSpan(from, start - from));
            for (var k = start; k < end; k++) if (bytes[k] == (byte)'\n') kept.Add((byte)'\n'); // line numbers stay
            from = end;
        }
    }

    private static bool IsTagStart(byte[] bytes, int i) =>
        bytes[i] == (byte)'[' && bytes[i + 1] == (byte)'[' && (bytes[i + 2] | 0x20) is >= (byte)'a' and <= (byte)'z';

    /// <summary>Just past the tag's <c>]]</c>, or at the end of its line when it is not closed on it.</summary>
    private static int EndOfTag(byte[] bytes, int start)
    {
        for (var i = start + 2; i < bytes.Length && bytes[i] != (byte)'\n'; i++)
            if (bytes[i] == (byte)']' && i + 1 < bytes.Length && bytes[i + 1] == (byte)']') return i + 2;
        return LineEnd(bytes, start);
    }

    /// <summary>
    /// The tag starting at <paramref name="start"/>: where it ends (past its <c>]]</c>, which may be up to
    /// <see cref="MaxValueLines"/> lines further when no blank line or tag line comes first, as the reader reads it;
    /// else the end of its line) and its value's length, counted no further than one past the limit.
    /// </summary>
    private static TagSpan Measure(byte[] bytes, int start, InputLimits limits)
    {
        var keyEnd = start + 2;
        while (keyEnd < bytes.Length && keyEnd - start < 45 && bytes[keyEnd] is not ((byte)':' or (byte)'\n' or (byte)']')) keyEnd++;
        var hasKey = keyEnd < bytes.Length && bytes[keyEnd] == (byte)':';
        var text = hasKey && TextKeys.Contains(System.Text.Encoding.ASCII.GetString(bytes, start + 2, keyEnd - start - 2).Trim());
        var limit = text ? limits.MaxTagTextLength : limits.MaxTermLength;
        var firstLineEnd = LineEnd(bytes, start);
        var length = 0;
        var firstLineLength = -1;
        var lines = 0;
        for (var i = hasKey ? keyEnd + 1 : start + 2; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)']' && i + 1 < bytes.Length && bytes[i + 1] == (byte)']') return new(i + 2, length, text);
            if (length > limit) return new(lines == 0 ? EndOfTag(bytes, start) : CloseOnLine(bytes, i) ?? firstLineEnd, length, text);
            if (bytes[i] == (byte)'\n')
            {
                if (lines == 0) firstLineLength = length;
                var next = i + 1;
                while (next < bytes.Length && bytes[next] is (byte)' ' or (byte)'\t') next++;
                if (++lines > MaxValueLines || next >= bytes.Length || bytes[next] == (byte)'\n'
                    || (next + 1 < bytes.Length && bytes[next] == (byte)'[' && bytes[next + 1] == (byte)'['))
                    break; // never closed: the reader takes the value to the end of its first line
                length++; // the line break reads as a space
                continue;
            }
            if ((bytes[i] & 0xC0) != 0x80) length++; // a character starts here (UTF-8)
        }
        return new(firstLineEnd, firstLineLength < 0 ? length : firstLineLength, text);
    }

    /// <summary>Just past a <c>]]</c> between <paramref name="from"/> and the end of its line, if there is one.</summary>
    private static int? CloseOnLine(byte[] bytes, int from)
    {
        for (var i = from; i + 1 < bytes.Length && bytes[i] != (byte)'\n'; i++)
            if (bytes[i] == (byte)']' && bytes[i + 1] == (byte)']') return i + 2;
        return null;
    }

    private static int LineEnd(byte[] bytes, int from)
    {
        var newline = Array.IndexOf(bytes, (byte)'\n', from);
        return newline < 0 ? bytes.Length : newline;
    }

    /// <summary>Line and column (in characters) of positions asked for in increasing order, in one pass over the text.</summary>
    private sealed class LineCursor(byte[] bytes)
    {
        private int _position;
        private int _line = 1;
        private int _column = 1;

        public (int Line, int Column) At(int index)
        {
            for (; _position < index; _position++)
            {
                if (bytes[_position] == (byte)'\n') { _line++; _column = 1; }
                else if ((bytes[_position] & 0xC0) != 0x80) _column++;
            }
            return (_line, _column);
        }
    }
}
