using SdgArchive.Model;

namespace SdgArchive.Map;

/// <summary>
/// Turns read documents into what the maps draw: one <see cref="MapLocation"/> per distinct (point, place name) and
/// one <see cref="MapCountry"/> per canonical country, each listing its documents newest first. URLs come from the
/// pipeline (they carry the site's base path); a place that is no country links to its first document.
/// </summary>
public sealed record MapModel(IReadOnlyList<MapLocation> Locations, IReadOnlyList<MapCountry> Countries)
{
    /// <param name="uncertain">Whether a point is lost at sea (see <see cref="PointChecks"/>).</param>
    public static MapModel Build(IEnumerable<ArchiveDocument> documents, Func<ArchiveDocument, string> documentUrl,
        Func<Country, string> countryUrl, Func<GeoPoint, bool>? uncertain = null)
    {
        var ordered = documents
            .OrderByDescending(d => d.Year ?? 0).ThenBy(d => d.Title.Display, StringComparer.Ordinal).ThenBy(d => d.Slug, StringComparer.Ordinal)
            .ToList();
        var refs = ordered.ToDictionary(d => d, d => new MapDocRef(d.Title.Display, documentUrl(d), d.Types, d.Year, d.Sdgs));

        var locations = new Dictionary<(GeoPoint Point, string Name), (Country? Country, List<ArchiveDocument> Docs)>();
        var countries = new Dictionary<string, (Country Country, List<ArchiveDocument> Docs)>(StringComparer.Ordinal);
        foreach (var document in ordered)
        {
            foreach (var place in document.Places)
            {
                if (place.Country is { } country)
                {
                    if (!countries.TryGetValue(country.IsoNumeric, out var c)) countries[country.IsoNumeric] = c = (country, new());
                    if (c.Docs.Count == 0 || c.Docs[^1] != document) c.Docs.Add(document);   // documents come one at a time
                }
                foreach (var point in place.Points) Add(point, place.DisplayName, place.Country, document);
            }
            foreach (var point in document.UnplacedPoints) Add(point, "Unnamed place", null, document);
        }

        void Add(GeoPoint point, string name, Country? country, ArchiveDocument document)
        {
            var key = (point, name);
            if (!locations.TryGetValue(key, out var l)) locations[key] = l = (country, new());
            if (l.Docs.Count == 0 || l.Docs[^1] != document) l.Docs.Add(document);
        }

        return new MapModel(
            WorldMapSvg.OrderForMap(locations.Select(kv => new MapLocation(kv.Key.Name, kv.Value.Country?.IsoNumeric,
                kv.Key.Point.Lat, kv.Key.Point.Lng,
                kv.Value.Country is { } c ? countryUrl(c) : documentUrl(kv.Value.Docs[0]),
                kv.Value.Docs.Select(d => refs[d]).ToList()) { Uncertain = uncertain?.Invoke(kv.Key.Point) ?? false })),
            countries.Values.OrderBy(c => c.Country.Name, StringComparer.Ordinal)
                .Select(c => new MapCountry(c.Country.IsoNumeric, c.Country.Name, countryUrl(c.Country), c.Docs.Select(d => refs[d]).ToList()))
                .ToList());
    }
}
