namespace SdgArchive.Map;

/// <summary>
/// One distinct point of the archive and every document placed there. <see cref="Documents"/> come in the order the
/// tooltip should list them (the pipeline's choice, e.g. newest first); <see cref="Url"/> is where the marker links
/// (already carrying the site's base path). <see cref="Uncertain"/>: the point lies far from any land (SDG050, see
/// <see cref="PointChecks"/>), so the map draws it apart and says so instead of passing it off as real.
/// </summary>
public sealed record MapLocation(string Name, string? CountryIso, double Lat, double Lng, string Url, IReadOnlyList<MapDocRef> Documents)
{
    public int Count => Documents.Count;

    public bool Uncertain { get; init; }

    /// <summary>Stable identity: the point rounded as the archive's <c>GeoPoint.Key</c> does, plus the name.</summary>
    public string Key => FormattableString.Invariant($"{Lat:0.####},{Lng:0.####}|{Name}");
}
