namespace SdgArchive.Map;

/// <summary>
/// The Equal Earth projection (Šavrič, Patterson, Jenny 2018): equal-area, so shaded countries compare fairly,
/// and a pleasant shape for a world map. Output is in unit-sphere units, y up.
/// </summary>
public static class EqualEarthProjection
{
    private const double A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796;
    private static readonly double M = Math.Sqrt(3) / 2;

    /// <summary>Half the width of the projected world (x at ±180° on the equator).</summary>
    public static readonly double MaxX = Project(180, 0).X;
    /// <summary>Half the height of the projected world (y at the poles).</summary>
    public static readonly double MaxY = Project(0, 90).Y;

    public static (double X, double Y) Project(double lonDegrees, double latDegrees)
    {
        var lambda = lonDegrees * Math.PI / 180;
        var phi = Math.Clamp(latDegrees, -90, 90) * Math.PI / 180;
        var theta = Math.Asin(M * Math.Sin(phi));
        var t2 = theta * theta; var t6 = t2 * t2 * t2;
        var x = lambda * Math.Cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
        var y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
        return (x, y);
    }
}
