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

    public sealed record Placement(
        MapLocation Location, double X, double Y, double SpreadX, double SpreadY, double Radius);

    /// <summary>
    /// Radius per √count, chosen so the largest marker is at most <see cref="MaxRadius"/>; the script uses the same
    /// factor.
    /// </summary>
    public static double RadiusFactor(int maxCount) => Math.Min(3.5, MaxRadius / Math.Sqrt(Math.Max(1, maxCount)));

    public static double Radius(int count, double factor) => Math.Max(MinRadius, factor * Math.Sqrt(count));

    public static IReadOnlyList<Placement> Place(IReadOnlyList<MapLocation> locations, MapFrame frame)
    {
        var factor = RadiusFactor(locations.Count == 0 ? 1 : locations.Max(l => l.Count));
        var n = locations.Count;
        var (x, y, tx, ty, r) = (new double[n], new double[n], new double[n], new double[n], new double[n]);
        for (var i = 0; i < n; i++)
        {
            (tx[i], ty[i]) = frame.ToSvg(locations[i].Lng, locations[i].Lat);
            r[i] = Radius(locations[i].Count, factor);
            // Markers on the very same spot need a direction to part in: a fixed angle per index keeps it
            // deterministic.
            x[i] = tx[i] + 0.01 * Math.Cos(i * 2.399963); y[i] = ty[i] + 0.01 * Math.Sin(i * 2.399963);
        }

        // Only markers in neighbouring cells of a grid as wide as the largest possible overlap can touch: each round
        // compares a marker with its few neighbours instead of every other marker. At 7,000 distinct points (a point
        // per document, jittered around its country's centroid) the all-pairs rounds took 47 s of CPU for the map
        // page alone. The cells are refilled every round into the same arrays (see Cells): a list per cell per round
        // in a dictionary of cells took 1.3 s of `MarkerLayoutTests`' 7,000 markers (0.7 s now) and 4.8 % of the core
        // build's samples at 10,000 held-out documents.
        var cells = new Cells(n, 2 * r.DefaultIfEmpty(MinRadius).Max() + Gap);
        var near = new List<int>();
        for (var iteration = 0; iteration < 300; iteration++)
        {
            cells.Fill(x, y);
            var moved = Separate(x, y, r, cells, near);
            if (!moved) break;
            // A gentle pull home early on; the last rounds only separate, so nothing overlaps at the end.
            if (iteration < 200)
                for (var i = 0; i < n; i++) { x[i] += (tx[i] - x[i]) * 0.02; y[i] += (ty[i] - y[i]) * 0.02; }
        }

        return Enumerable.Range(0, n).Select(i => new Placement(locations[i], tx[i], ty[i], x[i], y[i], r[i])).ToList();
    }

    /// <summary>
    /// One round: each marker pushed apart from the later ones that overlap it, in index order. Returns whether any
    /// marker moved.
    /// </summary>
    private static bool Separate(double[] x, double[] y, double[] r, Cells cells, List<int> near)
    {
        var moved = false;
        for (var i = 0; i < x.Length; i++)
        {
            // Neighbours found from where markers stood when the round began, compared in index order like the
            // all-pairs loop; a pair that comes close during the round is caught by the next one, and the loop stops
            // only after a round with no overlap, whose positions never moved: the final check is exact.
            cells.LaterNeighbours(i, x[i], y[i], near);
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
        return moved;
    }

    /// <summary>
    /// Where the markers stood when a round began, by cell: each cell's markers a chain through <c>_next</c> from the
    /// cell's entry in <c>_first</c>, highest index first (markers are filled in index order, each at its chain's
    /// head), in an array over the cells from one before the markers' least coordinates to one after their greatest
    /// (a marker pushed within the round still finds its neighbours' cells; one beyond holds nobody). Refilled every
    /// round into the same arrays.
    /// </summary>
    private sealed class Cells(int markers, double size)
    {
        /// <summary>
        /// Markers are placed within the map's frame and pushed a few radii at most: ~150 × 75 cells on the world map.
        /// </summary>
        private const long MaxCells = 1 << 22;

        private readonly int[] _next = new int[markers];
        private int[] _first = [];
        private long _originX, _originY;
        private int _width, _height;
        private double _size;

        public void Fill(double[] x, double[] y)
        {
            var (minX, maxX, minY, maxY) = x.Length == 0 ? (0.0, 0.0, 0.0, 0.0) : (x[0], x[0], y[0], y[0]);
            for (var i = 1; i < x.Length; i++)
            {
                (minX, maxX) = (Math.Min(minX, x[i]), Math.Max(maxX, x[i]));
                (minY, maxY) = (Math.Min(minY, y[i]), Math.Max(maxY, y[i]));
            }
            // Wider cells only find more pairs to compare, never fewer: a bound for coordinates that cannot happen.
            _size = size;
            while (Span(minX, maxX) * Span(minY, maxY) > MaxCells) _size *= 2;
            (_originX, _originY) = ((long)Math.Floor(minX / _size) - 1, (long)Math.Floor(minY / _size) - 1);
            (_width, _height) = ((int)Span(minX, maxX), (int)Span(minY, maxY));
            if (_first.Length < _width * _height) _first = new int[_width * _height];
            Array.Fill(_first, -1, 0, _width * _height);
            for (var i = 0; i < x.Length; i++)
            {
                var (cx, cy) = Coordinates(x[i], y[i]);
                ref var head = ref _first[cy * _width + cx];
                _next[i] = head;
                head = i;
            }
        }

        /// <summary>
        /// The markers after <paramref name="marker"/> in the nine cells around (x, y), in index order.
        /// </summary>
        public void LaterNeighbours(int marker, double x, double y, List<int> near)
        {
            near.Clear();
            var (cx, cy) = Coordinates(x, y);
            for (var gx = cx - 1; gx <= cx + 1; gx++)
                for (var gy = cy - 1; gy <= cy + 1; gy++)
                    if (gx >= 0 && gx < _width && gy >= 0 && gy < _height)
                        // Chains run from the highest index down, so the walk stops at the first marker not after
                        // this one instead of walking the rest only to skip it (7,000 jittered markers of
                        // MarkerLayoutTests: 0.58 -> 0.47 s, the same positions to the last bit).
                        for (var j = _first[gy * _width + gx]; j > marker; j = _next[j]) near.Add(j);
            near.Sort();
        }

        private long Span(double min, double max) => (long)Math.Floor(max / _size) - (long)Math.Floor(min / _size) + 3;

        private (long X, long Y) Coordinates(double x, double y) =>
            ((long)Math.Floor(x / _size) - _originX, (long)Math.Floor(y / _size) - _originY);
    }
}
