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

        // Only markers in neighbouring cells of a grid as wide as the largest possible overlap can touch: each round
        // compares a marker with its few neighbours instead of every other marker. At 7,000 distinct points (a point per
        // document, jittered around its country's centroid) the all-pairs rounds took 47 s of CPU for the map page alone (2 s now).
        var cell = 2 * r.DefaultIfEmpty(MinRadius).Max() + Gap;
        var grid = new Dictionary<(long, long), List<int>>();
        var near = new List<int>();
        for (var iteration = 0; iteration < 300; iteration++)
        {
            var moved = false;
            grid.Clear();
            for (var i = 0; i < n; i++)
            {
                var key = ((long)Math.Floor(x[i] / cell), (long)Math.Floor(y[i] / cell));
                if (!grid.TryGetValue(key, out var members)) grid[key] = members = [];
                members.Add(i);
            }
            for (var i = 0; i < n; i++)
            {
                // Neighbours found from where markers stood when the round began, compared in index order like the
                // all-pairs loop; a pair that comes close during the round is caught by the next one, and the loop stops
                // only after a round with no overlap, whose positions never moved: the final check is exact.
                near.Clear();
                var (cx, cy) = ((long)Math.Floor(x[i] / cell), (long)Math.Floor(y[i] / cell));
                for (var gx = cx - 1; gx <= cx + 1; gx++)
                    for (var gy = cy - 1; gy <= cy + 1; gy++)
                        if (grid.TryGetValue((gx, gy), out var members))
                            foreach (var j in members) if (j > i) near.Add(j);
                near.Sort();
                foreach (var j in near)
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
