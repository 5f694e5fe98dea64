using System.Globalization;
using System.Text;
using SdgArchive.Site;

namespace SdgArchive.Publishing;

/// <summary>
/// <c>/api/documents.csv</c>: one row per document for spreadsheet users. UTF-8 with a byte-order mark (without it Excel
/// reads the file as the system code page and mangles every accent), RFC 4180 quoting and CRLF line ends. A cell a
/// spreadsheet would run as a formula (starting with = + - @, or a tab or carriage return) gets a leading apostrophe.
/// </summary>
public static class DocumentsCsv
{
    private static readonly string[] Header =
    [
        "slug", "url", "title", "types", "year", "date", "countries", "sdgs", "methods", "data_sources", "thematic_areas",
        "excerpt", "source",
    ];

    /// <summary>Several values in one cell are joined with this (a semicolon: commas are common inside values).</summary>
    public const string ValueSeparator = "; ";

    public static byte[] Write(SiteIndex index)
    {
        var text = new StringBuilder();
        Row(text, Header);
        foreach (var d in index.Documents.OrderBy(d => d.Slug, StringComparer.Ordinal))
        {
            var s = d.Source;
            Row(text,
            [
                d.Slug, index.Settings.AbsoluteUrl(d.Url), d.Title, string.Join(ValueSeparator, s.Types.Select(DocumentTypes.Name)),
                s.Year?.ToString(CultureInfo.InvariantCulture) ?? "", s.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                string.Join(ValueSeparator, s.Countries), string.Join(ValueSeparator, s.Sdgs.Order().Select(n => n.ToString(CultureInfo.InvariantCulture))),
                string.Join(ValueSeparator, s.Methods), string.Join(ValueSeparator, s.DataSources),
                string.Join(ValueSeparator, s.ThematicAreas), d.Excerpt, s.SourcePath,
            ]);
        }
        var bom = Encoding.UTF8.GetPreamble();
        var body = new UTF8Encoding(false).GetBytes(text.ToString());
        return [.. bom, .. body];
    }

    private static void Row(StringBuilder text, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) text.Append(',');
            Cell(text, cells[i]);
        }
        text.Append("\r\n");
    }

    /// <summary>Exposed for tests: one cell as written.</summary>
    public static string Cell(string value)
    {
        var text = new StringBuilder();
        Cell(text, value);
        return text.ToString();
    }

    private static void Cell(StringBuilder text, string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0) { text.Append(value); return; }
        text.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
