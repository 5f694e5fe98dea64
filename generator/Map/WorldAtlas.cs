using System.Collections.Concurrent;

namespace SdgArchive.Map;

/// <summary>
/// Country shapes from the world-atlas npm package (Natural Earth, public domain; package ISC licence), loaded once.
/// The 110m file draws the world map; the 50m file, which also has small island states, serves the data checks.
/// </summary>
public sealed class WorldAtlas
{
    public const string Credit = "Country shapes: Natural Earth (public domain), via the world-atlas package (ISC licence).";
    public const string CreditUrl = "https://www.naturalearthdata.com/";
    public const string WorldFile = "node_modules/world-atlas/countries-110m.json";
    public const string DetailedFile = "node_modules/world-atlas/countries-50m.json";

    private static readonly ConcurrentDictionary<string, Lazy<WorldAtlas>> Cache = new(StringComparer.Ordinal);

    public IReadOnlyList<CountryShape> Countries { get; }
    private readonly Dictionary<string, CountryShape> _byIso;
    private readonly Dictionary<string, CountryShape> _byName;

    public WorldAtlas(IReadOnlyList<CountryShape> countries)
    {
        Countries = countries.OrderBy(c => c.Iso, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
        _byIso = Countries.Where(c => c.Iso.Length > 0).GroupBy(c => c.Iso).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _byName = Countries.GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Loads a world-atlas TopoJSON file, parsed once per content (thread-safe). Keyed by the bytes' hash, not the path:
    /// a long-running serve must see a new release of the package, and pages record <see cref="ContentHash"/> as an input.
    /// </summary>
    public static WorldAtlas Load(string path)
    {
        var bytes = File.ReadAllBytes(Path.GetFullPath(path));
        var hash = Caching.ContentHash.Of(bytes);
        return Cache.GetOrAdd(hash, _ => new Lazy<WorldAtlas>(() =>
            new WorldAtlas(TopoJsonReader.ReadCountries(new MemoryStream(bytes, writable: false))) { ContentHash = hash })).Value;
    }

    /// <summary>SHA-256 of the file the shapes were read from ("" when made in memory).</summary>
    public string ContentHash { get; private init; } = "";

    /// <summary>
    /// Where a shapes file is: in the node_modules of the project whose templates folder is given (else of the working
    /// folder). The build and its up-to-date check must agree on this, so both ask here.
    /// </summary>
    public static string? Locate(string relativeFile, string? templatesFolder = null) => Project.ProjectRoot.File(relativeFile, templatesFolder);

    /// <summary>By ISO 3166-1 numeric code, zero-padded to three digits ("242" for Fiji).</summary>
    public CountryShape? ByIso(string? iso) =>
        iso != null && _byIso.TryGetValue(iso.Length < 3 && int.TryParse(iso, out var n) ? n.ToString("000", System.Globalization.CultureInfo.InvariantCulture) : iso, out var c) ? c : null;

    public CountryShape? ByName(string name) => _byName.GetValueOrDefault(name);
}
