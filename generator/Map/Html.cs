using System.Text;

namespace SdgArchive.Map;

/// <summary>Escapes untrusted text for HTML/SVG text and attribute values (both quote kinds), leaving other characters as they are.</summary>
internal static class Html
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", '\'' => "&#39;",
                _ => null,
            } ?? (char.IsControl(c) && c != '\n' && c != '\t' ? "" : c.ToString()));
        }
        return sb.ToString();
    }
}
