using System.Net;
using System.Text;

namespace SdgArchive.Reading;

/// <summary>
/// Undoes what the archive's exports did to text: HTML entities (decoded exactly once), UTF-8 read as Mac Roman
/// (<c>‚Äì</c> → <c>–</c>) and runs of whitespace.
/// </summary>
public static partial class TextRepair
{
    /// <summary>Mac Roman's upper half: the character each byte 0x80–0xFF was shown as.</summary>
    private static readonly Dictionary<char, byte> MacRomanByte;

    static TextRepair()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var macRoman = Encoding.GetEncoding(10000);
        MacRomanByte = new Dictionary<char, byte>();
        for (var b = 0x80; b <= 0xFF; b++)
            MacRomanByte[macRoman.GetString([(byte)b])[0]] = (byte)b;
    }

    private static readonly System.Buffers.SearchValues<char> LeadCharacters = System.Buffers.SearchValues.Create("‚√¬ƒ≈");

    /// <param name="decodeEntities">False for text Markdig already decoded (the syntax tree's): decoding it again
    /// would turn a written "&amp;amp;" into "&amp;".</param>
    public static string Clean(string text, out bool repairedMojibake, bool decodeEntities = true)
    {
        var decoded = decodeEntities && text.Contains('&') ? WebUtility.HtmlDecode(text) : text;
        var repaired = RepairMojibake(decoded);
        repairedMojibake = !ReferenceEquals(repaired, decoded);
        return CollapseWhitespace(repaired);
    }

    public static string Clean(string text) => Clean(text, out _);

    /// <summary>
    /// The text's words (runs of non-whitespace) joined by single spaces. A text already like that (most lines are) is
    /// returned as it is, nothing allocated: this runs over every line of every document several times, and the
    /// regular expression it replaces (<c>\s+</c> → " ", then trimmed: the same characters, as .NET's <c>\s</c> is
    /// <see cref="char.IsWhiteSpace(char)"/>) made a new string each time.
    /// </summary>
    public static string CollapseWhitespace(string text)
    {
        if (IsCollapsed(text)) return text;
        var words = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c)) words[length++] = c;
            else if (length > 0 && words[length - 1] != ' ') words[length++] = ' ';
        }
        if (length > 0 && words[length - 1] == ' ') length--;
        return new string(words[..length]);
    }

    private static bool IsCollapsed(string text)
    {
        if (text.Length == 0) return true;
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) return false;
        for (var i = 1; i < text.Length - 1; i++)
        {
            var c = text[i];
            if (c == ' ' ? text[i + 1] == ' ' : char.IsWhiteSpace(c)) return false;
        }
        return true;
    }

    /// <summary>
    /// Repairs UTF-8 that was shown as Mac Roman, one character at a time: a lead character (<c>‚</c> for E2, <c>√</c> for
    /// C3, <c>¬</c> C2, <c>ƒ</c> C4, <c>≈</c> C5) followed by continuation characters is replaced only when the bytes decode
    /// to typographic punctuation (U+2000–U+21FF) or a Latin letter (U+00A0–U+017F). Real text never pairs those
    /// symbols with accented letters, so the repair is unambiguous; «É in French stays as written.
    /// Returns the same instance when nothing was repaired.
    /// </summary>
    public static string RepairMojibake(string text)
    {
        var first = text.AsSpan().IndexOfAny(LeadCharacters);
        if (first < 0) return text;
        StringBuilder? builder = null;
        var copiedUpTo = 0;
        Span<byte> bytes = stackalloc byte[3];
        for (var i = first; i < text.Length; i++)
        {
            if (!MacRomanByte.TryGetValue(text[i], out var lead)) continue;
            var length = lead switch { 0xE2 => 3, >= 0xC2 and <= 0xC5 => 2, _ => 0 };
            if (length == 0 || i + length > text.Length) continue;
            var ok = true;
            bytes[0] = lead;
            for (var k = 1; k < length; k++)
            {
                if (!MacRomanByte.TryGetValue(text[i + k], out var b) || b is < 0x80 or > 0xBF) { ok = false; break; }
                bytes[k] = b;
            }
            if (!ok) continue;
            var decoded = length == 3
                ? ((bytes[0] & 0x0F) << 12) | ((bytes[1] & 0x3F) << 6) | (bytes[2] & 0x3F)
                : ((bytes[0] & 0x1F) << 6) | (bytes[1] & 0x3F);
            if (decoded is not (>= 0x2000 and <= 0x21FF or >= 0x00A0 and <= 0x017F)) continue;
            builder ??= new StringBuilder(text.Length);
            builder.Append(text, copiedUpTo, i - copiedUpTo).Append((char)decoded);
            i += length - 1;
            copiedUpTo = i + 1;
        }
        if (builder is null) return text;
        return builder.Append(text, copiedUpTo, text.Length - copiedUpTo).ToString();
    }

}
