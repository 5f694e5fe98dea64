namespace SdgArchive.Syntax.Tags;

/// <summary>
/// The archive's tag syntax, <c>[[key:value]]</c>: a key of a letter then up to 40 letters, digits, <c>_</c>, <c>-</c>
/// or spaces; a value up to the next <c>]]</c>. Shared by the block and inline parsers.
/// </summary>
internal static class TagGrammar
{
    public const int MaxKeyLength = 41;

    /// <summary>
    /// At <paramref name="start"/> (which holds <c>[[</c>): the key and where the value starts, or false when this is
    /// not a tag (a timestamp <c>[[0:01]]</c>, a wiki link <c>[[page]]</c>).
    /// </summary>
    public static bool TryReadKey(string text, int start, int end, out string key, out int valueStart)
    {
        key = "";
        valueStart = 0;
        var i = start + 2;
        if (i > end || !char.IsAsciiLetter(text[i])) return false;
        var keyStart = i;
        while (i <= end && i - keyStart < MaxKeyLength && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '-' or ' ')) i++;
        if (i > end || text[i] != ':') return false;
        key = text[keyStart..i];
        valueStart = i + 1;
        return true;
    }

    /// <summary>
    /// The index of the <c>]]</c> that closes a value starting at <paramref name="from"/>, on the same line and before
    /// <paramref name="end"/> (exclusive); -1 when there is none.
    /// </summary>
    public static int FindClose(string text, int from, int end)
    {
        end = Math.Min(end, text.Length);
        for (var i = from; i + 1 < end; i++)
        {
            if (text[i] == '\n') return -1;
            if (text[i] == ']' && text[i + 1] == ']') return i;
        }
        return -1;
    }
}
