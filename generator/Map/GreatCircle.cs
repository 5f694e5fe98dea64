namespace SdgArchive.Map;

/// <summary>Distances on a spherical Earth (mean radius): accurate to well under 1% at the ~100 km the checks use.</summary>
public static class GreatCircle
{
    public const double EarthRadiusKm = 6371.0088;
    public const double KmPerDegree = EarthRadiusKm * Math.PI / 180;

    public static double DistanceKm(LonLat a, LonLat b) => Angle(ToVector(a), ToVector(b)) * EarthRadiusKm;

    /// <summary>Shortest distance from <paramref name="p"/> to the great-circle arc from a to b.</summary>
    public static double DistanceToArcKm(LonLat p, LonLat a, LonLat b)
    {
        var vp = ToVector(p); var va = ToVector(a); var vb = ToVector(b);
        var normal = Cross(va, vb);
        var length = Norm(normal);
        if (length < 1e-12) return Angle(vp, va) * EarthRadiusKm;
        normal = (normal.X / length, normal.Y / length, normal.Z / length);
        // The foot of the perpendicular lies on the arc when it is "between" a and b.
        var foot = Cross(Cross(normal, vp), normal);
        if (Dot(Cross(va, foot), normal) >= 0 && Dot(Cross(foot, vb), normal) >= 0 && Norm(foot) > 1e-12)
            return Math.Abs(Math.Asin(Math.Clamp(Dot(vp, normal), -1, 1))) * EarthRadiusKm;
        return Math.Min(Angle(vp, va), Angle(vp, vb)) * EarthRadiusKm;
    }

    private static (double X, double Y, double Z) ToVector(LonLat p)
    {
        var lat = p.Lat * Math.PI / 180; var lon = p.Lon * Math.PI / 180;
        return (Math.Cos(lat) * Math.Cos(lon), Math.Cos(lat) * Math.Sin(lon), Math.Sin(lat));
    }

    private static double Angle((double X, double Y, double Z) a, (double X, double Y, double Z) b) =>
        Math.Atan2(Norm(Cross(a, b)), Dot(a, b));

    private static (double X, double Y, double Z) Cross((double X, double Y, double Z) a, (double X, double Y, double Z) b) =>
        (a.Y * b.Z - a.Z * b.Y, a.Z * b.X - a.X * b.Z, a.X * b.Y - a.Y * b.X);

    private static double Dot((double X, double Y, double Z) a, (double X, double Y, double Z) b) => a.X * b.X + a.Y * b.Y + a.Z * b.Z;
    private static double Norm((double X, double Y, double Z) a) => Math.Sqrt(Dot(a, a));
}
