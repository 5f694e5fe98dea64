using System.Text;

namespace SdgArchive.Publishing.Citations;

/// <summary>
/// <c>cite.ris</c>: the RIS tagged format (Zotero, EndNote, Mendeley). One tag per line, <c>TY</c> first and <c>ER</c>
/// last, CRLF line ends as the format's specification shows; line breaks inside a value would start a new tag, so they
/// become spaces.
/// </summary>
public static class Ris
{
    public static string Write(Citation citation)
    {
        var text = new StringBuilder();
        Tag(text, "TY", "GEN");
        foreach (var author in citation.Authors) Tag(text, "AU", author);
        Tag(text, "TI", citation.Title);
        if (citation.Year is not null) Tag(text, "PY", citation.YearText);
        if (citation.Date is { } date) Tag(text, "DA", date.ToString("yyyy/MM/dd", System.Globalization.CultureInfo.InvariantCulture));
        Tag(text, "PB", citation.Publisher);
        Tag(text, "UR", citation.Url);
        Tag(text, "M3", citation.TypeName);
        foreach (var keyword in citation.Keywords) Tag(text, "KW", keyword);
        text.Append("ER  - \r\n");
        return text.ToString();
    }

    private static void Tag(StringBuilder text, string tag, string value) =>
        text.Append(tag).Append("  - ").Append(value.ReplaceLineEndings(" ")).Append("\r\n");
}
