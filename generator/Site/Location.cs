using SdgArchive.Model;

namespace SdgArchive.Site;

/// <summary>A distinct point on the map with the documents placed there (the archive's points are mostly country centroids).</summary>
public sealed record Location(GeoPoint Point, string Name, Country? Country, string? CountryUrl, IReadOnlyList<SiteDocument> Documents)
{
    public int Count => Documents.Count;
}
