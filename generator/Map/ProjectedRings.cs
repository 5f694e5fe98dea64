using System.Runtime.CompilerServices;

namespace SdgArchive.Map;

/// <summary>
/// A country's rings in Equal Earth coordinates, each with its box, projected once per atlas. A locator map's
/// background put every ring of every country near its view through the projection's trigonometry and the clipper,
/// though most rings (a coast's islands) lie wholly outside a view 10° across; the backgrounds were 2.9 % of the CPU
/// of a 10,000-document build whose points are all distinct (perf, held-out corpus, ~1,000 views).
/// </summary>
internal sealed class ProjectedRings
{
    private static readonly ConditionalWeakTable<CountryShape, ProjectedRings> Cache = new();

    private readonly Ring[] _rings;

    private ProjectedRings(CountryShape country) => _rings = [.. country.Rings.Select(Project)];

    private static Ring Project(IReadOnlyList<LonLat> ring) =>
        new([.. ring.Select(p => EqualEarthProjection.Project(p.Lon, p.Lat))]);

    public static ProjectedRings Of(CountryShape country) => Cache.GetValue(country, static c => new ProjectedRings(c));

    /// <summary>
    /// The rings in <paramref name="frame"/>'s units, leaving out those whose box lies outside
    /// <paramref name="clip"/>: clipping would have left nothing of them, so the path is the same.
    /// </summary>
    public IEnumerable<IReadOnlyList<(double X, double Y)>> InFrame(MapFrame frame,
        (double MinX, double MinY, double MaxX, double MaxY) clip)
    {
        foreach (var ring in _rings)
        {
            // The frame is increasing in x and decreasing in y, rounding included, so the box maps to the box.
            var (minX, minY) = frame.FromProjected(ring.MinX, ring.MaxY);
            var (maxX, maxY) = frame.FromProjected(ring.MaxX, ring.MinY);
            if (maxX < clip.MinX || minX > clip.MaxX || maxY < clip.MinY || minY > clip.MaxY) continue;
            yield return Array.ConvertAll(ring.Points, p => frame.FromProjected(p.X, p.Y));
        }
    }

    private sealed class Ring((double X, double Y)[] points)
    {
        public (double X, double Y)[] Points { get; } = points;
        public double MinX { get; } = points.Length == 0 ? 0 : points.Min(p => p.X);
        public double MinY { get; } = points.Length == 0 ? 0 : points.Min(p => p.Y);
        public double MaxX { get; } = points.Length == 0 ? 0 : points.Max(p => p.X);
        public double MaxY { get; } = points.Length == 0 ? 0 : points.Max(p => p.Y);
    }
}
