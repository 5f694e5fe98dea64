namespace SdgArchive.Map;

/// <summary>
/// Natural Earth rings that cross ±180° (Fiji, Russia's Chukotka) jump from one edge of the map to the other, which a
/// planar renderer would draw as a band across the whole world. This unwraps each ring into a continuous longitude
/// range, cuts it at ±180° and shifts the far piece back, so every output ring lies within [-180, 180].
/// A ring that goes round a pole (Antarctica) is closed along that pole instead.
/// </summary>
public static class AntimeridianSplitter
{
    public static IEnumerable<IReadOnlyList<LonLat>> Split(IReadOnlyList<LonLat> ring)
    {
        if (ring.Count < 3) yield break;
        var jumps = 0;
        for (var i = 1; i < ring.Count; i++)
            if (Math.Abs(ring[i].Lon - ring[i - 1].Lon) > 180) jumps++;
        if (Math.Abs(ring[0].Lon - ring[^1].Lon) > 180) jumps++;
        if (jumps == 0) { yield return ring; yield break; }

        // Unwrap: keep longitude continuous by adding whole turns.
        var unwrapped = new List<(double X, double Y)>(ring.Count + 4);
        var offset = 0.0;
        for (var i = 0; i < ring.Count; i++)
        {
            if (i > 0)
            {
                var delta = ring[i].Lon - ring[i - 1].Lon;
                if (delta > 180) offset -= 360;
                else if (delta < -180) offset += 360;
            }
            unwrapped.Add((ring[i].Lon + offset, ring[i].Lat));
        }

        // Back to the start: the closing edge may jump too. A ring that round-trips has net zero turns.
        var closing = ring[0].Lon - ring[^1].Lon;
        var turns = offset + (closing > 180 ? -360 : closing < -180 ? 360 : 0);
        if (Math.Abs(turns) > 180)
        {
            // The ring winds round a pole: close it along the pole line it encircles.
            var poleLat = unwrapped.Average(p => p.Y) < 0 ? -90.0 : 90.0;
            var last = unwrapped[^1]; var first = unwrapped[0];
            unwrapped.Add((last.X, poleLat));
            unwrapped.Add((first.X, poleLat));
        }

        var minX = unwrapped.Min(p => p.X); var maxX = unwrapped.Max(p => p.X);
        for (var turn = (int)Math.Floor((minX + 180) / 360); turn <= (int)Math.Floor((maxX + 180) / 360); turn++)
        {
            var shift = turn * 360.0;
            var shifted = unwrapped.Select(p => (p.X - shift, p.Y)).ToList();
            var piece = PolygonClipper.Clip(shifted, PolygonClipper.Axis.X, -180, keepAbove: true);
            piece = PolygonClipper.Clip(piece, PolygonClipper.Axis.X, 180, keepAbove: false);
            if (piece.Count >= 3 && piece.Max(p => p.X) - piece.Min(p => p.X) > 1e-9)
                yield return piece.Select(p => new LonLat(p.X, p.Y)).ToList();
        }
    }
}
