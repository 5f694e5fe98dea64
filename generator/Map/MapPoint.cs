namespace SdgArchive.Map;

/// <summary>A point drawn on a locator map.</summary>
public readonly record struct MapPoint(double Lat, double Lng, string Label);
