namespace SdgArchive.Map;

/// <summary>
/// Sizes markers (area proportional to count) and spreads the ones that would overlap at world scale, so each stays
/// individually reachable. The script moves a marker from its spread position towards its true one as the reader
/// zooms (offset ÷ zoom) while keeping its size on screen, so crowded places separate by themselves.
/// </summary>
public static class MarkerLayout
{
    public const double MinRadius = 3;
    public const double MaxRadius = 22;
    private const double Gap = 0.8;

    public sealed record Placement(MapLocation Location, double X, double Y, double SpreadX, double SpreadY, double Radius);

    /// <summary>Radius per √count, chosen so the largest marker is at most <see cref="MaxRadius"/>; the script uses the same factor.</summary>
    public static double RadiusFactor(int maxCount) => Math.Min(3.5, MaxRadius / Math.Sqrt(Math.Max(1, maxCount)));

    public static double Radius(int count, double factor) => Math.Max(MinRadius, factor * Math.Sqrt(count));

    public static IReadOnlyList<Placement> Place(IReadOnlyList<MapLocation> locations, MapFrame frame)
    {
        var factor = RadiusFactor(locations.Count == 0 ? 1 : locations.Max(l => l.Count));
        var n = locations.Count;
        var x = new double[n]; var y = new double[n]; var tx = new double[n]; var ty = new double[n]; var r = new double[n];
        for (var i = 0; i < n; i++)
        {
            (tx[i], ty[i]) = frame.ToSvg(locations[i].Lng, locations[i].Lat);
            r[i] = Radius(locations[i].Count, factor);
            // Markers on the very same spot need a direction to part in: a fixed angle per index keeps it deterministic.
            x[i] = tx[i] + 0.01 * Math.Cos(i * 2.399963); y[i] = ty[i] + 0.01 * Math.Sin(i * 2.399963);
        }

        for (var iteration = 0; iteration < 300; iteration++)
        {
            var moved = false;
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    var dx = x[j] - x[i]; var dy = y[j] - y[i];
                    var need = r[i] + r[j] + Gap;
                    var d2 = dx * dx + dy * dy;
                    if (d2 >= need * need) continue;
                    var d = Math.Sqrt(d2);
                    if (d < 1e-9) { dx = 1; dy = 0; d = 1; }
                    // Heavier (larger) markers move less, so big places stay near their true spot.
                    var push = (need - d) / 2;
                    var wi = r[j] / (r[i] + r[j]); var wj = r[i] / (r[i] + r[j]);
                    x[i] -= dx / d * push * 2 * wi; y[i] -= dy / d * push * 2 * wi;
                    x[j] += dx / d * push * 2 * wj; y[j] += dy / d * push * 2 * wj;
                    moved = true;
                }
            }
            if (!moved) break;
            // A gentle pull home early on; the last rounds only separate, so nothing overlaps at the end.
            if (iteration < 200)
                for (var i = 0; i < n; i++) { x[i] += (tx[i] - x[i]) * 0.02; y[i] += (ty[i] - y[i]) * 0.02; }
        }

        return Enumerable.Range(0, n).Select(i => new Placement(locations[i], tx[i], ty[i], x[i], y[i], r[i])).ToList();
    }
}
