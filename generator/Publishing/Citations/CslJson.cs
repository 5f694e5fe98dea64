using System.Text.Encodings.Web;
using System.Text.Json;

namespace SdgArchive.Publishing.Citations;

/// <summary><c>cite.json</c>: CSL-JSON (the citation format of Zotero, Pandoc and citeproc), an array of one item.</summary>
public static class CslJson
{
    public static byte[] Write(Citation citation)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            json.WriteStartObject();
            json.WriteString("id", citation.Key);
            // "report" is CSL's type for grey literature published by an organisation, which lab documents are.
            json.WriteString("type", "report");
            json.WriteString("title", citation.Title);
            json.WriteStartArray("author");
            foreach (var author in citation.Authors)
            {
                json.WriteStartObject();
                json.WriteString("literal", author); // an institution: no given name and family name to split
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (citation.Year is { } year)
            {
                json.WriteStartObject("issued");
                json.WriteStartArray("date-parts");
                json.WriteStartArray();
                json.WriteNumberValue(year);
                if (citation.Date is { } date && date.Year == year)
                {
                    json.WriteNumberValue(date.Month);
                    json.WriteNumberValue(date.Day);
                }
                json.WriteEndArray();
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteString("publisher", citation.Publisher);
            json.WriteString("genre", citation.TypeName);
            json.WriteString("URL", citation.Url);
            if (citation.Keywords.Count > 0) json.WriteString("keyword", string.Join(", ", citation.Keywords));
            json.WriteEndObject();
            json.WriteEndArray();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
