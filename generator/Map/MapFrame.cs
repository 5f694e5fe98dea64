namespace SdgArchive.Map;

/// <summary>
/// Maps lon/lat to SVG user units (y down) for one view: the whole world, or a window of it for a locator map.
/// </summary>
public sealed class MapFrame
{
    public double Width { get; }
    public double Height { get; }
    private readonly double _scale, _offsetX, _offsetY;

    private MapFrame(double width, double height, double scale, double offsetX, double offsetY)
    {
        Width = width; Height = height; _scale = scale; _offsetX = offsetX; _offsetY = offsetY;
    }

    /// <summary>The whole Equal Earth world in a box <paramref name="width"/> wide.</summary>
    public static MapFrame World(double width)
    {
        var scale = width / (2 * EqualEarthProjection.MaxX);
        return new MapFrame(width, Math.Round(2 * EqualEarthProjection.MaxY * scale, 1), scale,
            EqualEarthProjection.MaxX, EqualEarthProjection.MaxY);
    }

    /// <summary>A window framing <paramref name="bounds"/> (plus a margin) at the given aspect ratio.</summary>
    public static MapFrame Window(GeoBounds bounds, double width, double height, double marginFraction = 0.15)
    {
        var corners = new[]
        {
            EqualEarthProjection.Project(bounds.MinLon, bounds.MinLat), EqualEarthProjection.Project(bounds.MinLon, bounds.MaxLat),
            EqualEarthProjection.Project(bounds.MaxLon, bounds.MinLat), EqualEarthProjection.Project(bounds.MaxLon, bounds.MaxLat),
            EqualEarthProjection.Project((bounds.MinLon + bounds.MaxLon) / 2, bounds.MaxLat),
            EqualEarthProjection.Project((bounds.MinLon + bounds.MaxLon) / 2, bounds.MinLat),
        };
        double minX = corners.Min(c => c.X), maxX = corners.Max(c => c.X), minY = corners.Min(c => c.Y), maxY = corners.Max(c => c.Y);
        // A single point still gets a frame of some size (about 3° across); callers widen small regions themselves.
        var minSpan = 0.05;
        var spanX = Math.Max(maxX - minX, minSpan) * (1 + 2 * marginFraction);
        var spanY = Math.Max(maxY - minY, minSpan) * (1 + 2 * marginFraction);
        var scale = Math.Min(width / spanX, height / spanY);
        var centreX = (minX + maxX) / 2; var centreY = (minY + maxY) / 2;
        return new MapFrame(width, height, scale, width / 2 / scale - centreX, height / 2 / scale + centreY);
    }

    public (double X, double Y) ToSvg(double lon, double lat)
    {
        var (x, y) = EqualEarthProjection.Project(lon, lat);
        return FromProjected(x, y);
    }

    /// <summary>A point already in Equal Earth coordinates (see <see cref="ProjectedRings"/>).</summary>
    public (double X, double Y) FromProjected(double x, double y) => ((x + _offsetX) * _scale, (_offsetY - y) * _scale);

    public (double X, double Y) ToSvg(LonLat p) => ToSvg(p.Lon, p.Lat);
}
