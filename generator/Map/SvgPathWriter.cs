using System.Globalization;
using System.Text;

namespace SdgArchive.Map;

/// <summary>
/// Writes rings as a compact SVG path: points snapped to a grid of <c>1/precision</c> units, runs of nearly collinear
/// points dropped (Douglas–Peucker), relative moves, invariant number format. Same input, same bytes.
/// </summary>
public static class SvgPathWriter
{
    /// <param name="tolerance">Largest deviation, in SVG units, a dropped point may have from the simplified outline.</param>
    /// <param name="clip">Optional view rectangle (minX, minY, maxX, maxY): rings are clipped to it first.</param>
    public static string Write(IEnumerable<IReadOnlyList<LonLat>> rings, MapFrame frame, double tolerance, int decimals,
        (double MinX, double MinY, double MaxX, double MaxY)? clip = null) =>
        Write(rings.Select(ring => (IReadOnlyList<(double X, double Y)>)ring.Select(frame.ToSvg).ToList()), tolerance,
            decimals, clip);

    /// <summary>Rings already in the frame's SVG units (see <see cref="ProjectedRings"/>).</summary>
    public static string Write(IEnumerable<IReadOnlyList<(double X, double Y)>> svgRings, double tolerance,
        int decimals, (double MinX, double MinY, double MaxX, double MaxY)? clip = null)
    {
        var factor = Math.Pow(10, decimals);
        var sb = new StringBuilder();
        foreach (var ring in svgRings)
        {
            var projected = ring;
            if (clip is { } c)
            {
                projected = PolygonClipper.ClipToRect(projected, c.MinX, c.MinY, c.MaxX, c.MaxY);
                if (projected.Count < 3) continue;
            }
            var simplified = Simplify(projected, tolerance);
            var grid = new List<(long X, long Y)>(simplified.Count);
            foreach (var p in simplified)
            {
                var q = ((long)Math.Round(p.X * factor, MidpointRounding.AwayFromZero), (long)Math.Round(p.Y * factor, MidpointRounding.AwayFromZero));
                if (grid.Count == 0 || grid[^1] != q) grid.Add(q);
            }
            if (grid.Count > 1 && grid[0] == grid[^1]) grid.RemoveAt(grid.Count - 1);
            if (grid.Count < 3) continue;   // a sliver smaller than the grid: invisible anyway

            // Absolute start for each ring keeps rings independent (an error cannot drift into the next one).
            sb.Append('M').Append(Number(grid[0].X, decimals)).Append(grid[0].Y >= 0 ? " " : "").Append(Number(grid[0].Y, decimals));
            sb.Append('l');
            for (var i = 1; i < grid.Count; i++)
            {
                var dx = grid[i].X - grid[i - 1].X; var dy = grid[i].Y - grid[i - 1].Y;
                if (i > 1 && dx >= 0) sb.Append(' ');
                sb.Append(Number(dx, decimals));
                if (dy >= 0) sb.Append(' ');
                sb.Append(Number(dy, decimals));
            }
            sb.Append('z');
        }
        return sb.ToString();
    }

    /// <summary>A fixed-point integer (value × 10^decimals) as the shortest invariant decimal: 15 → "1.5", -3 → "-.3".</summary>
    public static string Number(long scaled, int decimals)
    {
        if (decimals == 0) return scaled.ToString(CultureInfo.InvariantCulture);
        var negative = scaled < 0; var abs = Math.Abs(scaled);
        var divisor = (long)Math.Pow(10, decimals);
        var whole = abs / divisor; var fraction = abs % divisor;
        var text = fraction == 0
            ? whole.ToString(CultureInfo.InvariantCulture)
            : (whole == 0 ? "" : whole.ToString(CultureInfo.InvariantCulture)) + "." + fraction.ToString(new string('0', decimals), CultureInfo.InvariantCulture).TrimEnd('0');
        return negative ? "-" + text : text;
    }

    /// <summary>A plain decimal for attributes: at most <paramref name="decimals"/> places, invariant.</summary>
    public static string Number(double value, int decimals) =>
        Number((long)Math.Round(value * Math.Pow(10, decimals), MidpointRounding.AwayFromZero), decimals);

    private static List<(double X, double Y)> Simplify(IReadOnlyList<(double X, double Y)> points, double tolerance)
    {
        if (points.Count <= 4 || tolerance <= 0) return points.ToList();
        var keep = new bool[points.Count];
        keep[0] = keep[^1] = true;
        // A closed ring has no natural ends: also keep the point farthest from the first, and simplify both halves.
        var far = 0; var farDistance = -1.0;
        for (var i = 1; i < points.Count; i++)
        {
            var d = Sq(points[i].X - points[0].X) + Sq(points[i].Y - points[0].Y);
            if (d > farDistance) { farDistance = d; far = i; }
        }
        keep[far] = true;
        var stack = new Stack<(int From, int To)>();
        stack.Push((0, far)); stack.Push((far, points.Count - 1));
        var tolerance2 = tolerance * tolerance;
        while (stack.Count > 0)
        {
            var (from, to) = stack.Pop();
            var worst = -1; var worstDistance = tolerance2;
            for (var i = from + 1; i < to; i++)
            {
                var d = SegmentDistance2(points[i], points[from], points[to]);
                if (d > worstDistance) { worstDistance = d; worst = i; }
            }
            if (worst < 0) continue;
            keep[worst] = true;
            stack.Push((from, worst)); stack.Push((worst, to));
        }
        var result = new List<(double X, double Y)>();
        for (var i = 0; i < points.Count; i++) if (keep[i]) result.Add(points[i]);
        return result;
    }

    private static double Sq(double v) => v * v;

    private static double SegmentDistance2((double X, double Y) p, (double X, double Y) a, (double X, double Y) b)
    {
        var dx = b.X - a.X; var dy = b.Y - a.Y;
        var length2 = dx * dx + dy * dy;
        var t = length2 == 0 ? 0 : Math.Clamp(((p.X - a.X) * dx + (p.Y - a.Y) * dy) / length2, 0, 1);
        return Sq(p.X - (a.X + t * dx)) + Sq(p.Y - (a.Y + t * dy));
    }
}
