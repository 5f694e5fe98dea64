using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;

namespace SdgArchive.Map;

/// <summary>
/// A small static map for a document page (its points) or a country page (the country highlighted): only the
/// countries in view, clipped to the frame and rounded to whole units, so each stays a few KB. Colours are SVG
/// presentation attributes, so it needs no stylesheet.
/// </summary>
public static class LocatorMap
{
    public const double Width = 320, Height = 200;
    /// <summary>
    /// Views snap outward to a grid (degrees) about a tenth of their size, so documents with nearby points share one
    /// background: a handful of views per region and zoom level, however many documents there are.
    /// </summary>
    private static readonly double[] Grids = [1, 2.5, 5, 10, 20, 40];
    /// <summary>
    /// The land of a view, keyed by the snapped view and the highlighted country. Projecting and clipping every country
    /// in view is the costly part of a map; some hundreds of views serve an archive of any size (only markers differ).
    /// </summary>
    private static readonly ConditionalWeakTable<WorldAtlas, ConcurrentDictionary<(GeoBounds View, string? Highlight), string>> Backgrounds = new();

    /// <returns>The SVG, or an empty string when there is nothing to locate.</returns>
    public static string Render(IReadOnlyList<MapPoint> points, string? highlightIso, WorldAtlas atlas, string? label = null, MapText? text = null)
    {
        var highlight = atlas.ByIso(highlightIso);
        var valid = points.Where(p => Math.Abs(p.Lat) <= 90 && Math.Abs(p.Lng) <= 180).ToList();
        if (valid.Count == 0 && highlight is null) return "";
        var view = View(valid, highlight);
        var frame = MapFrame.Window(view, Width, Height);
        var background = Backgrounds.GetValue(atlas, _ => new()).GetOrAdd((view, highlight?.Iso), key => Background(key.View, frame, highlight, atlas));

        var name = label ?? highlight?.Name ?? string.Join(", ", valid.Select(p => p.Label).Distinct());
        var sb = new StringBuilder(background.Length + 512);
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"locator-map\" viewBox=\"0 0 320 200\" width=\"320\" height=\"200\" role=\"img\" aria-label=\"")
          .Append(Html.Escape((text ?? MapText.English).Fill((text ?? MapText.English).LocatorMap, name))).Append("\">").Append(background);
        foreach (var p in valid)
        {
            var (x, y) = frame.ToSvg(p.Lng, p.Lat);
            sb.Append("<circle cx=\"").Append(SvgPathWriter.Number(x, 1)).Append("\" cy=\"").Append(SvgPathWriter.Number(y, 1))
              .Append("\" r=\"5\" fill=\"#d94801\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>What the map shows: the country and the points, a region around a lone point, snapped out to the grid.</summary>
    private static GeoBounds View(List<MapPoint> points, CountryShape? highlight)
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
        var span = Math.Max(bounds.MaxLon - bounds.MinLon, (bounds.MaxLat - bounds.MinLat) * Width / Height);
        var grid = Grids.FirstOrDefault(g => g >= span / 10, Grids[^1]);
        return new GeoBounds(Math.Floor(bounds.MinLon / grid) * grid, Math.Max(-90, Math.Floor(bounds.MinLat / grid) * grid),
            Math.Ceiling(bounds.MaxLon / grid) * grid, Math.Min(90, Math.Ceiling(bounds.MaxLat / grid) * grid));
    }

    private static string Background(GeoBounds view, MapFrame frame, CountryShape? highlight, WorldAtlas atlas)
    {
        var clip = (-4.0, -4.0, Width + 4, Height + 4);
        var sb = new StringBuilder(4096);
        sb.Append("<rect width=\"320\" height=\"200\" fill=\"#e8f0f7\"/>");
        // A view that reaches past ±180° (Fiji, Chukotka) also draws the world's copy on the other side.
        var shifts = new List<double> { 0 };
        if (view.MaxLon > 170) shifts.Add(360);
        if (view.MinLon < -170) shifts.Add(-360);
        var land = new StringBuilder();
        foreach (var country in atlas.Countries)
            foreach (var shift in shifts)
            {
                if (country == highlight || !MayBeInView(country, shift, frame)) continue;
                land.Append(Path(country, shift, frame, clip));
            }
        if (land.Length > 0) sb.Append("<path fill=\"#d4d8dc\" stroke=\"#ffffff\" stroke-width=\"0.7\" d=\"").Append(land).Append("\"/>");
        if (highlight != null)
            sb.Append("<path fill=\"#1f66a8\" stroke=\"#08306b\" stroke-width=\"1\" d=\"")
              .Append(string.Concat(shifts.Select(shift => Path(highlight, shift, frame, clip))))
              .Append("\"/>");
        return sb.ToString();
    }

    /// <summary>
    /// A country's outline in the view; the world's copy beside the antimeridian (rare) is projected afresh.
    /// </summary>
    private static string Path(CountryShape country, double shift, MapFrame frame,
        (double MinX, double MinY, double MaxX, double MaxY) clip) => shift == 0
        ? SvgPathWriter.Write(ProjectedRings.Of(country).InFrame(frame, clip), 0.6, 0, clip)
        : SvgPathWriter.Write(Shift(country.Rings, shift), frame, 0.6, 0, clip);

    /// <summary>The rings moved a whole turn east or west (the copy of the world beside the antimeridian).</summary>
    private static IEnumerable<IReadOnlyList<LonLat>> Shift(IEnumerable<IReadOnlyList<LonLat>> rings, double shift) =>
        rings.Select(r => (IReadOnlyList<LonLat>)r.Select(p => new LonLat(p.Lon + shift, p.Lat)).ToList());

    /// <summary>Cheap test on the box's corners and equator crossing (where Equal Earth is widest), with a margin.</summary>
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
