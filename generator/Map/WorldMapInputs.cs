using System.Text.Json.Serialization;

namespace SdgArchive.Map;

/// <summary>
/// Everything the world map page's fragment is made from (<see cref="WorldMapPage.Render"/> is a pure function of
/// these). Serialized whole, they are the map page's key, taken before the markers are laid out: the layout cost
/// 2.1 s at 7,000 points, and an edit that moves no point (most edits) now lays out nothing.
/// </summary>
public sealed record WorldMapInputs(IReadOnlyList<MapLocation> Locations, IReadOnlyList<MapCountry> Countries,
    string ScriptUrl, string StyleUrl, MapText Text, string ListUrl, string BrowseUrl)
{
    /// <summary>The shapes the map is drawn on: in the key by their content hash (<see cref="AtlasHash"/>).</summary>
    [JsonIgnore] public WorldAtlas Atlas { get; init; } = new([]);

    public string AtlasHash => Atlas.ContentHash;

    /// <summary>The map page's fragment: controls, the SVG with its laid-out markers, legend, list and data.</summary>
    public string Render() =>
        WorldMapPage.Render(Locations, Countries, Atlas, ScriptUrl, StyleUrl, Text, ListUrl, BrowseUrl);
}

/// <summary>
/// What the map's list data (<see cref="MapDataJson.List"/>) is made from, serialized whole as its key.
/// </summary>
public sealed record MapListInputs(IReadOnlyList<MapLocation> Locations, IReadOnlyList<MapCountry> Countries,
    MapText Text)
{
    public byte[] Write() => MapDataJson.List(Locations, Countries, Text);
}
