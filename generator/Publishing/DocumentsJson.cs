using System.Text.Encodings.Web;
using System.Text.Json;
using SdgArchive.Site;

namespace SdgArchive.Publishing;

/// <summary><c>/api/documents.json</c>: the archive's data, one object per document, for anyone who wants to analyse it.</summary>
public static class DocumentsJson
{
    public static byte[] Write(SiteIndex index)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.Default }))
        {
            json.WriteStartArray();
            foreach (var d in index.Documents.OrderBy(d => d.Slug, StringComparer.Ordinal))
            {
                var s = d.Source;
                json.WriteStartObject();
                json.WriteString("slug", d.Slug);
                json.WriteString("url", d.Url);
                json.WriteString("title", d.Title);
                json.WriteString("source", s.SourcePath);
                Strings(json, "types", s.Types);
                if (s.Year is { } year) json.WriteNumber("year", year); else json.WriteNull("year");
                if (s.Date is { } date) json.WriteString("date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                Strings(json, "countries", s.Countries);
                json.WriteStartArray("sdgs");
                foreach (var goal in s.Sdgs) json.WriteNumberValue(goal);
                json.WriteEndArray();
                Strings(json, "methods", s.Methods);
                Strings(json, "datasources", s.DataSources);
                Strings(json, "thematic_areas", s.ThematicAreas);
                json.WriteStartArray("points");
                foreach (var p in s.AllPoints)
                {
                    json.WriteStartArray();
                    json.WriteNumberValue(p.Lat);
                    json.WriteNumberValue(p.Lng);
                    json.WriteEndArray();
                }
                json.WriteEndArray();
                json.WriteString("excerpt", d.Excerpt);
                // The other keys (principles, tactics, experiment keys, audio, ai_summary…): every published key, by name.
                json.WriteStartObject("facts");
                foreach (var (key, values) in s.Tags.Where(t => IsFact(t.Key)))
                    Strings(json, key, values.Select(v => v.Value));
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return buffer.ToArray();
    }

    private static bool IsFact(string key) =>
        Model.TagKeys.RoleOf(key) is Model.TagKeyRole.Fact or Model.TagKeyRole.Audio or Model.TagKeyRole.Summary;

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
