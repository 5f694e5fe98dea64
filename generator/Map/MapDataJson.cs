using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace SdgArchive.Map;

/// <summary>
/// What the map script needs to filter and to fill tooltips, as compact JSON for a
/// <c>&lt;script type="application/json"&gt;</c> block (data, never executed: CSP-safe; &lt; &gt; &amp; are escaped
/// so no value can close the block).
/// Shape: <c>{"types":[…],"years":[min,max],"docs":[[typeMask,year,sdgMask]|[typeMask,year,sdgMask,title,url]],
/// "locs":[[docIndex…]], "countries":[{"iso","name","d":[docIndex…]}], "top":N}</c>. Marker i's documents are
/// <c>locs[i]</c>, listed in the pipeline's order; title and url are only present for documents among some
/// location's first <see cref="TooltipDocuments"/> (the tooltip candidates).
/// </summary>
public static class MapDataJson
{
    public const int TooltipDocuments = 8;

    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    /// <summary>Every document on the map (at a point or in a country) once, in the order of <c>docs</c> (by URL).</summary>
    public static IReadOnlyList<MapDocRef> Documents(IReadOnlyList<MapLocation> locations,
        IReadOnlyList<MapCountry> countries) =>
        locations.SelectMany(l => l.Documents).Concat(countries.SelectMany(c => c.Documents))
            .GroupBy(d => d.Url, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(d => d.Url, StringComparer.Ordinal).ToList();

    /// <summary>Documents (in <c>docs</c> order) with their index, newest first as the list shows them.</summary>
    public static IEnumerable<(MapDocRef Document, int Index)> NewestFirst(IReadOnlyList<MapDocRef> documents) =>
        documents.Select((d, i) => (d, i))
            .OrderByDescending(p => p.d.Year ?? 0).ThenBy(p => p.d.Title, StringComparer.Ordinal)
            .ThenBy(p => p.d.Url, StringComparer.Ordinal);

    /// <summary>The file the list's rest is fetched from, next to the map page.</summary>
    public const string ListFile = "documents.json";

    /// <summary>
    /// The list beside the map as data, for the script to show what the filters keep beyond the page's own first
    /// items: <c>[[docIndex, title, url, lang, "Type · year"]…]</c>, newest first, fetched only when needed.
    /// </summary>
    public static byte[] List(IReadOnlyList<MapLocation> locations, IReadOnlyList<MapCountry> countries, MapText text)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartArray();
            foreach (var (d, i) in NewestFirst(Documents(locations, countries)))
            {
                w.WriteStartArray();
                w.WriteNumberValue(i);
                w.WriteStringValue(d.Title);
                w.WriteStringValue(d.Url);
                w.WriteStringValue(d.Language ?? "");
                w.WriteStringValue(Meta(d, text));
                w.WriteEndArray();
            }
            w.WriteEndArray();
        }
        return buffer.ToArray();
    }

    /// <summary>What the list says under a title: its types by name and its year ("Learning plan · 2021").</summary>
    public static string Meta(MapDocRef d, MapText t)
    {
        var meta = string.Join(", ", d.Types.Select(t.TypeName));
        var year = d.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return year is null ? meta : meta.Length == 0 ? year : $"{meta} · {year}";
    }

    /// <summary>The type keys of <c>types</c>: type i is bit i of a document's mask.</summary>
    public static IReadOnlyList<string> TypesOf(IEnumerable<MapDocRef> documents) =>
        documents.SelectMany(d => d.Types).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public static string Write(IReadOnlyList<MapLocation> locations, IReadOnlyList<MapCountry> countries)
    {
        var ordered = WorldMapSvg.OrderForMap(locations);
        var allDocs = Documents(locations, countries);
        var index = allDocs.Select((d, i) => (d.Url, i)).ToDictionary(p => p.Url, p => p.i, StringComparer.Ordinal);
        var types = TypesOf(allDocs);
        var typeBit = types.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        var withTitle = ordered.SelectMany(l => l.Documents.Take(TooltipDocuments)).Select(d => d.Url).ToHashSet(StringComparer.Ordinal);
        var years = allDocs.Where(d => d.Year.HasValue).Select(d => d.Year!.Value).ToList();

        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteStartArray("types"); foreach (var t in types) w.WriteStringValue(t); w.WriteEndArray();
            w.WriteStartArray("years");
            if (years.Count > 0) { w.WriteNumberValue(years.Min()); w.WriteNumberValue(years.Max()); }
            w.WriteEndArray();
            w.WriteNumber("top", TooltipDocuments);
            w.WriteStartArray("docs");
            foreach (var d in allDocs)
            {
                w.WriteStartArray();
                // Bit masks keep ~9,600 documents small: type i is bit i, goal g is bit g.
                w.WriteNumberValue(d.Types.Where(typeBit.ContainsKey).Aggregate(0L, (m, t) => m | (1L << typeBit[t])));
                w.WriteNumberValue(d.Year ?? 0);
                w.WriteNumberValue(d.Sdgs.Where(g => g is >= 1 and <= 17).Aggregate(0, (m, g) => m | (1 << g)));
                if (withTitle.Contains(d.Url)) { w.WriteStringValue(d.Title); w.WriteStringValue(d.Url); }
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteStartArray("locs");
            foreach (var l in ordered)
            {
                w.WriteStartArray();
                foreach (var url in l.Documents.Select(d => d.Url).Distinct(StringComparer.Ordinal)) w.WriteNumberValue(index[url]);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteStartArray("countries");
            foreach (var c in countries.OrderBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Iso, StringComparer.Ordinal))
            {
                w.WriteStartObject();
                w.WriteString("iso", c.Iso);
                w.WriteString("name", c.Name);
                w.WriteStartArray("d");
                foreach (var url in c.Documents.Select(d => d.Url).Distinct(StringComparer.Ordinal).Select(u => index[u]).Order()) w.WriteNumberValue(url);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
