using System.Text;

namespace SdgArchive.Publishing.Citations;

/// <summary>
/// <c>cite.bib</c>: a BibTeX <c>@misc</c> entry. Authors are corporate names, so each is braced ("{UNDP Accelerator Lab
/// Kenya}") to stop BibTeX reading "Kenya" as a surname; LaTeX specials in values are escaped.
/// </summary>
public static class BibTex
{
    public static string Write(Citation citation)
    {
        var text = new StringBuilder();
        text.Append("@misc{").Append(Key(citation)).Append(",\n");
        Field(text, "author", string.Join(" and ", citation.Authors.Select(a => "{" + Escape(a) + "}")));
        Field(text, "title", "{" + Escape(citation.Title) + "}");
        if (citation.Year is not null) Field(text, "year", citation.YearText);
        Field(text, "publisher", Escape(citation.Publisher));
        Field(text, "howpublished", "\\url{" + UrlEscape(citation.Url) + "}");
        Field(text, "url", UrlEscape(citation.Url));
        Field(text, "note", Escape(citation.TypeName));
        if (citation.Keywords.Count > 0) Field(text, "keywords", Escape(string.Join(", ", citation.Keywords)));
        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>Keys allow letters, digits and a few marks; the slug is already that, but stay safe for any input.</summary>
    private static string Key(Citation citation)
    {
        var key = new string(citation.Key.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':').ToArray());
        return (key.Length == 0 ? "document" : key) + citation.YearText;
    }

    private static void Field(StringBuilder text, string name, string value) =>
        text.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");

    private static string Escape(string value)
    {
        var text = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': text.Append("\\textbackslash{}"); break;
                case '{' or '}' or '&' or '%' or '$' or '#' or '_': text.Append('\\').Append(c); break;
                case '~': text.Append("\\textasciitilde{}"); break;
                case '^': text.Append("\\textasciicircum{}"); break;
                case '\r' or '\n' or '\t': text.Append(' '); break;
                default: text.Append(c); break;
            }
        }
        return text.ToString();
    }

    /// <summary>Inside <c>\url{}</c> only braces and percent signs need care (a URL from the site never has braces).</summary>
    private static string UrlEscape(string url) => url.Replace("%", "\\%", StringComparison.Ordinal).Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal);
}
