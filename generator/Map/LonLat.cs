namespace SdgArchive.Map;

/// <summary>A geographic position in degrees, longitude first as GeoJSON and TopoJSON write it.</summary>
public readonly record struct LonLat(double Lon, double Lat);
