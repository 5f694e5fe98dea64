using SdgArchive.Diagnostics;

namespace SdgArchive.Security;

/// <summary>
/// The tag limit, enforced on the raw bytes before the reader parses them: tags past <see cref="InputLimits.MaxTags"/>
/// (every <c>[[key:</c>, <c>latlng</c> points included) are cut out of the text. Checked after parsing, 20,000
/// <c>country</c> tags took 8.6 s to read and 10,000 points 28 s, and points escaped the limit altogether.
/// </summary>
public static class TagBudget
{
    /// <summary>The bytes with the tags over the limit removed (the same array when within it); the cut is reported.</summary>
    public static byte[] Limit(byte[] bytes, InputLimits limits, string path, List<Diagnostic> problems)
    {
        var count = 0;
        for (var i = 0; i + 2 < bytes.Length; i++)
            if (IsTagStart(bytes, i)) { count++; i++; }
        if (count <= limits.MaxTags) return bytes;

        var kept = new List<byte>(bytes.Length);
        var seen = 0;
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n') { line++; lineStart = i + 1; }
            if (i + 2 < bytes.Length && IsTagStart(bytes, i) && ++seen > limits.MaxTags)
            {
                if (seen == limits.MaxTags + 1)
                    problems.Add(new(new(path, line, i - lineStart + 1), Severity.Warning, DiagnosticCodes.TooManyTags,
                        $"document has {count} tags, over the limit of {limits.MaxTags}; this is tag number {limits.MaxTags + 1}, and it and the tags after it are not published"));
                i = EndOfTag(bytes, i) - 1; // the loop's i++ steps past the tag
                continue;
            }
            kept.Add(bytes[i]);
        }
        return [.. kept];
    }

    private static bool IsTagStart(byte[] bytes, int i) =>
        bytes[i] == (byte)'[' && bytes[i + 1] == (byte)'[' && (bytes[i + 2] | 0x20) is >= (byte)'a' and <= (byte)'z';

    /// <summary>Just past the tag's <c>]]</c>, or at the end of its line when it is never closed.</summary>
    private static int EndOfTag(byte[] bytes, int start)
    {
        for (var i = start + 2; i < bytes.Length && bytes[i] != (byte)'\n'; i++)
            if (bytes[i] == (byte)']' && i + 1 < bytes.Length && bytes[i + 1] == (byte)']') return i + 2;
        var newline = Array.IndexOf(bytes, (byte)'\n', start);
        return newline < 0 ? bytes.Length : newline;
    }
}
