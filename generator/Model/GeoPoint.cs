namespace SdgArchive.Model;

/// <summary>A WGS84 point as the archive writes it (<c>[[latlng:lat,lng]]</c>), already range-checked.</summary>
public readonly record struct GeoPoint(double Lat, double Lng)
{
    public string Key => FormattableString.Invariant($"{Lat:0.####},{Lng:0.####}");
}
