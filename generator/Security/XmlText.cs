using System.Text;

namespace SdgArchive.Security;

/// <summary>
/// Text as XML 1.0 allows it: the control characters it forbids (all below U+0020 but tab, line feed and carriage
/// return; U+FFFE, U+FFFF; unpaired surrogates) are removed. An ESC or BEL in one title made the Atom feed writer
/// throw, which ended the whole build.
/// </summary>
public static class XmlText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        if (IsClean(text)) return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(ch).Append(text[++i]);
                continue;
            }
            if (IsAllowed(ch)) builder.Append(ch);
        }
        return builder.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (!IsAllowed(ch)) return false;
        }
        return true;
    }

    private static bool IsAllowed(char ch) =>
        ch is '\t' or '\n' or '\r' || (ch >= ' ' && ch < '\uD800') || (ch > '\uDFFF' && ch < '\uFFFE');
}
