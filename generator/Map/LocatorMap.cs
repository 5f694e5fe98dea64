using System.Collections.Concurrent;
using System.Text;

namespace SdgArchive.Map;

/// <summary>
/// A small static map for a document page (its points) or a country page (the country highlighted): only the
/// countries in view, clipped to the frame and rounded to whole units, so each stays a few KB. Colours are SVG
/// presentation attributes, so it needs no stylesheet. Most documents share a country centroid, so results are memoised.
/// </summary>
public static class LocatorMap
{
    public const double Width = 320, Height = 200;
    private static readonly ConcurrentDictionary<string, string> Memo = new(StringComparer.Ordinal);

    /// <returns>The SVG, or an empty string when there is nothing to locate.</returns>
    public static string Render(IReadOnlyList<MapPoint> points, string? highlightIso, WorldAtlas atlas, string? label = null)
    {
        var highlight = atlas.ByIso(highlightIso);
        var valid = points.Where(p => Math.Abs(p.Lat) <= 90 && Math.Abs(p.Lng) <= 180).ToList();
        if (valid.Count == 0 && highlight is null) return "";
        var key = string.Join(";", valid.Select(p => FormattableString.Invariant($"{p.Lat:R},{p.Lng:R},{p.Label}")))
                  + "|" + highlight?.Iso + "|" + label;
        return Memo.GetOrAdd(key, _ => Draw(valid, highlight, atlas, label));
    }

    private static string Draw(List<MapPoint> points, CountryShape? highlight, WorldAtlas atlas, string? label)
    {
        var pointBounds = points.Count > 0 ? GeoBounds.Of(points.Select(p => new LonLat(p.Lng, p.Lat))) : (GeoBounds?)null;
        var bounds = (highlight?.MainBounds(), pointBounds) switch
        {
            ({ } a, { } b) => a.Union(b),
            ({ } a, null) => a,
            (null, { } b) => b,
            _ => throw new InvalidOperationException("nothing to frame"),
        };
        // A single point gets a region around it rather than a street-level view.
        if (bounds.MaxLon - bounds.MinLon < 10 && bounds.MaxLat - bounds.MinLat < 6)
        {
            var cx = (bounds.MinLon + bounds.MaxLon) / 2; var cy = (bounds.MinLat + bounds.MaxLat) / 2;
            bounds = bounds.Union(new GeoBounds(cx - 5, Math.Max(-85, cy - 3), cx + 5, Math.Min(85, cy + 3)));
        }
        var frame = MapFrame.Window(bounds, Width, Height);
        var clip = (-4.0, -4.0, Width + 4, Height + 4);

        var name = label ?? highlight?.Name ?? string.Join(", ", points.Select(p => p.Label).Distinct());
        var sb = new StringBuilder(4096);
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"locator-map\" viewBox=\"0 0 320 200\" width=\"320\" height=\"200\" role=\"img\" aria-label=\"")
          .Append(Html.Escape("Locator map: " + name)).Append("\"><rect width=\"320\" height=\"200\" fill=\"#e8f0f7\"/>");
        // A view that reaches past ±180° (Fiji, Chukotka) also draws the world's copy on the other side.
        var shifts = new List<double> { 0 };
        if (bounds.MaxLon > 170) shifts.Add(360);
        if (bounds.MinLon < -170) shifts.Add(-360);
        var land = new StringBuilder();
        foreach (var country in atlas.Countries)
            foreach (var shift in shifts)
            {
                if (country == highlight || !MayBeInView(country, shift, frame)) continue;
                land.Append(SvgPathWriter.Write(Shift(country.Rings, shift), frame, 0.6, 0, clip));
            }
        if (land.Length > 0) sb.Append("<path fill=\"#d4d8dc\" stroke=\"#ffffff\" stroke-width=\"0.7\" d=\"").Append(land).Append("\"/>");
        if (highlight != null)
            sb.Append("<path fill=\"#1f66a8\" stroke=\"#08306b\" stroke-width=\"1\" d=\"")
              .Append(string.Concat(shifts.Select(shift => SvgPathWriter.Write(Shift(highlight.Rings, shift), frame, 0.6, 0, clip))))
              .Append("\"/>");
        foreach (var p in points)
        {
            var (x, y) = frame.ToSvg(p.Lng, p.Lat);
            sb.Append("<circle cx=\"").Append(SvgPathWriter.Number(x, 1)).Append("\" cy=\"").Append(SvgPathWriter.Number(y, 1))
              .Append("\" r=\"5\" fill=\"#d94801\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>Cheap test on the box's corners and equator crossing (where Equal Earth is widest), with a margin.</summary>
    private static IEnumerable<IReadOnlyList<LonLat>> Shift(IEnumerable<IReadOnlyList<LonLat>> rings, double shift) =>
        shift == 0 ? rings : rings.Select(r => (IReadOnlyList<LonLat>)r.Select(p => new LonLat(p.Lon + shift, p.Lat)).ToList());

    private static bool MayBeInView(CountryShape country, double shift, MapFrame frame)
    {
        var b = country.Bounds with { MinLon = country.Bounds.MinLon + shift, MaxLon = country.Bounds.MaxLon + shift };
        var lats = new List<double> { b.MinLat, b.MaxLat };
        if (b.MinLat < 0 && b.MaxLat > 0) lats.Add(0);
        double minX = double.MaxValue, maxX = double.MinValue, minY = double.MaxValue, maxY = double.MinValue;
        foreach (var lat in lats)
            foreach (var lon in new[] { b.MinLon, b.MaxLon, (b.MinLon + b.MaxLon) / 2 })
            {
                var (x, y) = frame.ToSvg(lon, lat);
                minX = Math.Min(minX, x); maxX = Math.Max(maxX, x); minY = Math.Min(minY, y); maxY = Math.Max(maxY, y);
            }
        const double margin = 20;
        return maxX >= -margin && minX <= frame.Width + margin && maxY >= -margin && minY <= frame.Height + margin;
    }
}
