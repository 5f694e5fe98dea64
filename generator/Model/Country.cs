namespace SdgArchive.Model;

/// <summary>A canonical country: its English short name and ISO 3166-1 numeric code (the id world-atlas uses).</summary>
public sealed record Country(string Name, string IsoNumeric);
