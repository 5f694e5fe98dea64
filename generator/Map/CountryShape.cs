namespace SdgArchive.Map;

/// <summary>
/// One country of the atlas. <see cref="Rings"/> are closed outlines (last point not repeated), already split at the
/// antimeridian so no edge jumps across the map; holes are rings too, so point tests use the even-odd rule.
/// </summary>
public sealed record CountryShape(string Iso, string Name, IReadOnlyList<IReadOnlyList<LonLat>> Rings, GeoBounds Bounds)
{
    public bool Contains(LonLat p)
    {
        if (!Bounds.Contains(p)) return false;
        var inside = false;
        foreach (var ring in Rings)
        {
            for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
            {
                var a = ring[i]; var b = ring[j];
                if ((a.Lat > p.Lat) != (b.Lat > p.Lat) &&
                    p.Lon < (b.Lon - a.Lon) * (p.Lat - a.Lat) / (b.Lat - a.Lat) + a.Lon)
                    inside = !inside;
            }
        }
        return inside;
    }

    /// <summary>The rings on the same side of the antimeridian as the largest one: what a close-up view should frame.</summary>
    public GeoBounds MainBounds()
    {
        var largest = Rings.OrderByDescending(r => GeoBounds.Of(r) is var b ? (b.MaxLon - b.MinLon) * (b.MaxLat - b.MinLat) : 0).First();
        var east = GeoBounds.Of(largest).MinLon + GeoBounds.Of(largest).MaxLon >= 0;
        return Rings.Select(GeoBounds.Of)
            .Where(b => b.MaxLon - b.MinLon > 90 || (b.MinLon + b.MaxLon >= 0) == east)
            .Aggregate((a, b) => a.Union(b));
    }
}
