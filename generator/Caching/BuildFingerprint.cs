using System.Reflection;
using System.Text.Json;

namespace SdgArchive.Caching;

/// <summary>
/// Everything that can change every page at once: the generator itself (its module id and the hash of its
/// assembly, the libraries it renders with), which assets there are, the settings and the options that change output. A
/// different fingerprint empties the build cache. The templates are not in it: every page records the templates it
/// ran with their hashes (<see cref="CachedOutput.Inputs"/>), so a template edit re-renders the pages that ran it.
/// Nor the assets' contents, only which assets there are: a page shows an asset's URL, made from its content hash,
/// and the URLs reach pages through the site's view (site.css, browse.js: in the fingerprint, changing every page),
/// through the template function <c>asset</c> (recorded by each page that calls it) and the map page (whose key holds
/// map.js's and map.css's URLs). So an edit to search.js re-renders the search page, not the site.
/// </summary>
public static class BuildFingerprint
{
    private static readonly Lazy<string> Generator = new(GeneratorIdentity);

    /// <summary>The generator build and the libraries it renders with, as one key.</summary>
    public static string GeneratorKey => Generator.Value;

    public static string Compute(string templatesFolder, object settings, params IEnumerable<string> options) =>
        ContentHash.OfParts([Generator.Value, AssetNames(templatesFolder),
            JsonSerializer.Serialize(settings, settings.GetType()), .. options]);

    private static string GeneratorIdentity()
    {
        var assembly = typeof(BuildFingerprint).Assembly;
        var parts = new List<string> { assembly.ManifestModule.ModuleVersionId.ToString() };
        if (assembly.Location is { Length: > 0 } location && File.Exists(location)) parts.Add(ContentHash.Of(File.ReadAllBytes(location)));
        // The libraries that shape the HTML: a different version may render differently.
        foreach (var library in new[] { typeof(Markdig.Markdown), typeof(Scriban.Template), typeof(Ganss.Xss.HtmlSanitizer) })
            parts.Add(library.Assembly.GetName().FullName + " " + library.Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);
        return ContentHash.OfParts(parts);
    }

    /// <summary>Which assets there are (a page that linked a missing one is not recorded as reading it).</summary>
    private static string AssetNames(string templatesFolder)
    {
        var folder = Path.Combine(templatesFolder, "assets");
        if (!Directory.Exists(folder)) return "";
        return ContentHash.OfParts(Security.SourceBoundary.Files(folder, includeHidden: true));
    }
}
