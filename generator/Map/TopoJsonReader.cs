using System.Text.Json;

namespace SdgArchive.Map;

/// <summary>
/// Decodes the countries object of a world-atlas TopoJSON file: quantized, delta-encoded arcs shared between
/// neighbours, and geometries that list arc indices (a negative index ~i means arc i reversed).
/// </summary>
public static class TopoJsonReader
{
    public static IReadOnlyList<CountryShape> ReadCountries(Stream json, string objectName = "countries")
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        double sx = 1, sy = 1, tx = 0, ty = 0;
        var quantized = root.TryGetProperty("transform", out var transform);
        if (quantized)
        {
            var scale = transform.GetProperty("scale"); var translate = transform.GetProperty("translate");
            sx = scale[0].GetDouble(); sy = scale[1].GetDouble();
            tx = translate[0].GetDouble(); ty = translate[1].GetDouble();
        }

        var arcs = new List<LonLat[]>();
        foreach (var arc in root.GetProperty("arcs").EnumerateArray())
        {
            var points = new LonLat[arc.GetArrayLength()];
            double x = 0, y = 0; var i = 0;
            foreach (var position in arc.EnumerateArray())
            {
                if (quantized) { x += position[0].GetDouble(); y += position[1].GetDouble(); points[i++] = new(x * sx + tx, y * sy + ty); }
                else points[i++] = new(position[0].GetDouble(), position[1].GetDouble());
            }
            arcs.Add(points);
        }

        var shapes = new List<CountryShape>();
        foreach (var geometry in root.GetProperty("objects").GetProperty(objectName).GetProperty("geometries").EnumerateArray())
        {
            // Disputed areas without an ISO code (N. Cyprus, Somaliland, Kosovo) are drawn but keyed by name.
            var name = geometry.TryGetProperty("properties", out var props) && props.TryGetProperty("name", out var n)
                ? n.GetString() ?? "" : "";
            var iso = geometry.TryGetProperty("id", out var id) ? id.ToString() : "";
            var type = geometry.GetProperty("type").GetString();
            var polygons = type switch
            {
                "Polygon" => new[] { geometry.GetProperty("arcs") },
                "MultiPolygon" => geometry.GetProperty("arcs").EnumerateArray().ToArray(),
                _ => Array.Empty<JsonElement>(),
            };
            var rings = new List<IReadOnlyList<LonLat>>();
            foreach (var polygon in polygons)
                foreach (var ringArcs in polygon.EnumerateArray())
                    rings.AddRange(AntimeridianSplitter.Split(Stitch(ringArcs, arcs)));
            if (rings.Count == 0) continue;
            shapes.Add(new CountryShape(iso, name, rings, rings.Select(GeoBounds.Of).Aggregate((a, b) => a.Union(b))));
        }
        return shapes;
    }

    private static List<LonLat> Stitch(JsonElement ringArcs, List<LonLat[]> arcs)
    {
        var ring = new List<LonLat>();
        foreach (var index in ringArcs.EnumerateArray())
        {
            var i = index.GetInt32();
            var arc = i >= 0 ? arcs[i] : arcs[~i].Reverse().ToArray();
            // Consecutive arcs share their joining point.
            ring.AddRange(ring.Count == 0 ? arc : arc.Skip(1));
        }
        if (ring.Count > 1 && ring[0] == ring[^1]) ring.RemoveAt(ring.Count - 1);
        return ring;
    }
}
