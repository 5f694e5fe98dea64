namespace SdgArchive.Map;

/// <summary>A longitude/latitude box (never crossing the antimeridian: shapes are split there first).</summary>
public readonly record struct GeoBounds(double MinLon, double MinLat, double MaxLon, double MaxLat)
{
    public static GeoBounds Of(IEnumerable<LonLat> points)
    {
        double minLon = double.MaxValue, minLat = double.MaxValue, maxLon = double.MinValue, maxLat = double.MinValue;
        foreach (var p in points)
        {
            minLon = Math.Min(minLon, p.Lon); maxLon = Math.Max(maxLon, p.Lon);
            minLat = Math.Min(minLat, p.Lat); maxLat = Math.Max(maxLat, p.Lat);
        }
        return new(minLon, minLat, maxLon, maxLat);
    }

    public GeoBounds Union(GeoBounds other) => new(
        Math.Min(MinLon, other.MinLon), Math.Min(MinLat, other.MinLat),
        Math.Max(MaxLon, other.MaxLon), Math.Max(MaxLat, other.MaxLat));

    public bool Contains(LonLat p) => p.Lon >= MinLon && p.Lon <= MaxLon && p.Lat >= MinLat && p.Lat <= MaxLat;

    /// <summary>Widens the box by a distance in km (degrees of longitude grow towards the poles).</summary>
    public GeoBounds Expand(double km, double atLatitude)
    {
        var dLat = km / GreatCircle.KmPerDegree;
        var cos = Math.Cos(Math.Min(Math.Abs(atLatitude) + dLat, 89.0) * Math.PI / 180);
        var dLon = Math.Min(180, dLat / Math.Max(cos, 0.01));
        return new(MinLon - dLon, MinLat - dLat, MaxLon + dLon, MaxLat + dLat);
    }
}
