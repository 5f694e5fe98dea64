using SdgArchive.Reading;
using SdgArchive.Site;

namespace SdgArchive.Map;

/// <summary>
/// The maps of one site build, from the pipeline's <see cref="SiteIndex"/>: the same locations (and counts) as
/// <c>/api/locations.geojson</c>, countries from the countries taxonomy, links from the site's URLs.
/// </summary>
public sealed class SiteMaps
{
    private readonly SiteIndex _index;
    private readonly WorldAtlas _atlas;
    private readonly Dictionary<string, string> _isoByTermKey = new(StringComparer.Ordinal);
    public IReadOnlyList<MapLocation> Locations { get; }
    public IReadOnlyList<MapCountry> Countries { get; }

    /// <param name="checks">Marks the locations lost at sea (SDG050) as uncertain; null: none is.</param>
    public SiteMaps(SiteIndex index, WorldAtlas atlas, PointChecks? checks = null)
    {
        _index = index; _atlas = atlas;
        foreach (var document in index.Documents)
            foreach (var place in document.Source.Places)
                if (place.Country is { } country) _isoByTermKey.TryAdd(TermKey.Of(place.DisplayName), country.IsoNumeric);

        MapDocRef Ref(SiteDocument d) => new(d.Title, d.Url, d.Source.Types, d.Source.Year, d.Source.Sdgs, d.Language);
        Locations = index.Locations.Select(l => new MapLocation(l.Name, l.Country?.IsoNumeric, l.Point.Lat, l.Point.Lng,
            l.CountryUrl ?? l.Documents[0].Url, l.Documents.Select(Ref).ToList())
        { Uncertain = checks?.IsLostAtSea(l.Point) ?? false }).ToList();
        Countries = index.Taxonomy("countries").Alphabetical
            .Where(t => _isoByTermKey.ContainsKey(t.Key))
            .Select(t => new MapCountry(_isoByTermKey[t.Key], t.Name, t.Url, t.Documents.Select(Ref).ToList()))
            .ToList();
    }

    /// <summary>Loads an atlas file from the <c>node_modules</c> <see cref="WorldAtlas.Locate"/> finds; null when missing.</summary>
    public static WorldAtlas? TryLoadAtlas(string templatesFolder, string file = WorldAtlas.WorldFile) =>
        WorldAtlas.Locate(file, templatesFolder) is { } path ? WorldAtlas.Load(path) : null;

    /// <summary>The maps' words in the interface language.</summary>
    public MapText Text { get; init; } = MapText.English;

    /// <param name="mapUrl">The map page's URL: the list's data is published next to it (<see cref="MapDataJson.ListFile"/>).</param>
    /// <param name="browseUrl">The page of every document, linked under a list cut short.</param>
    public WorldMapInputs MapPage(string scriptUrl, string styleUrl, string mapUrl, string browseUrl) =>
        new(Locations, Countries, scriptUrl, styleUrl, Text, ListUrl(mapUrl), browseUrl) { Atlas = _atlas };

    /// <summary>The site URL of the list's data, next to the map page at <paramref name="mapUrl"/>.</summary>
    public static string ListUrl(string mapUrl) => mapUrl + MapDataJson.ListFile;

    /// <summary>The list beside the map as data (see <see cref="MapDataJson.List"/>).</summary>
    public byte[] ListJson() => ListInputs().Write();

    /// <summary>What <see cref="ListJson"/> is made from, serialized whole as its key.</summary>
    public MapListInputs ListInputs() => new(Locations, Countries, Text);

    /// <summary>The name pages record the world-atlas shapes under when their locator map is drawn on them.</summary>
    public const string AtlasInput = "world-atlas";

    /// <summary>The hash of the shapes every map is drawn on (see <see cref="Caching.InputLog"/>).</summary>
    public string AtlasHash => _atlas.ContentHash;

    /// <summary>
    /// The words of the maps a document page draws: its label (<see cref="MapText.LocatorMap"/>, from the interface
    /// strings), the one string of <see cref="Text"/> a locator map shows. A page drawing one records its hash.
    /// </summary>
    public const string LocatorWordsInput = "locator-map-words";

    /// <summary>The hash of the words a document's locator map shows (see <see cref="LocatorWordsInput"/>).</summary>
    public string LocatorWordsHash => Caching.ContentHash.Of(Text.LocatorMap);

    /// <summary>
    /// The document's locator map ("" when it has no place), recording the shapes and the words it read in
    /// <paramref name="reads"/>.
    /// </summary>
    public string DocumentLocator(SiteDocument document, Caching.InputLog? reads = null)
    {
        var map = DocumentLocatorMap(document);
        if (map.Length > 0)
        {
            reads?.Data(AtlasInput, AtlasHash);
            reads?.Data(LocatorWordsInput, LocatorWordsHash);
        }
        return map;
    }

    private string DocumentLocatorMap(SiteDocument document)
    {
        var points = document.Source.Places.SelectMany(p => p.Points.Select(pt => new MapPoint(pt.Lat, pt.Lng, p.DisplayName)))
            .Concat(document.Source.UnplacedPoints.Select(pt => new MapPoint(pt.Lat, pt.Lng, "")))
            .Distinct().ToList();
        var countries = document.Source.Places.Select(p => p.Country?.IsoNumeric).OfType<string>().Distinct().ToList();
        // One country: highlight it; several: the points tell the story.
        var highlight = countries.Count == 1 ? countries[0] : null;
        var label = points.Count == 0 && countries.Count == 0 ? null : string.Join(", ", document.Source.Places.Select(p => p.DisplayName).Distinct());
        return LocatorMap.Render(points, highlight, _atlas, label, Text); // memoised there: most documents share a centroid
    }

    /// <summary>The map of a collection: every point of its documents, framed to fit them (nothing when none has a place).</summary>
    public string CollectionLocator(IReadOnlyList<SiteDocument> documents, string title)
    {
        var points = documents.SelectMany(d => d.Source.Places.SelectMany(p => p.Points.Select(pt => new MapPoint(pt.Lat, pt.Lng, p.DisplayName))))
            .Distinct().ToList();
        return points.Count == 0 ? "" : LocatorMap.Render(points, null, _atlas, Text.Fill(Text.CollectionPlaces, title),
            Text);
    }

    /// <summary>The locator for a term page: only terms of the countries taxonomy get one.</summary>
    public string TermLocator(Term term) =>
        term.Taxonomy.Key == "countries" && _isoByTermKey.TryGetValue(term.Key, out var iso)
            ? LocatorMap.Render([], iso, _atlas, term.Name, Text)
            : "";
}
