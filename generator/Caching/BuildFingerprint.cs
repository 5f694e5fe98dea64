using System.Reflection;
using System.Text.Json;

namespace SdgArchive.Caching;

/// <summary>
/// Everything that can change every page at once: the generator itself (its module id and the hash of its
/// assembly, the libraries it renders with), the assets, the settings and the options that change output. A
/// different fingerprint empties the build cache. The templates are not in it: every page records the templates it
/// ran with their hashes (<see cref="CachedOutput.Inputs"/>), so a template edit re-renders the pages that ran it.
/// The assets stay: every page links site.css by a URL made from its content hash, so any asset edit changes every
/// page (and which page loads which script is not something a render records).
/// </summary>
public static class BuildFingerprint
{
    private static readonly Lazy<string> Generator = new(GeneratorIdentity);

    /// <summary>The generator build and the libraries it renders with, as one key.</summary>
    public static string GeneratorKey => Generator.Value;

    public static string Compute(string templatesFolder, object settings, params IEnumerable<string> options) =>
        ContentHash.OfParts([Generator.Value, AssetsHash(templatesFolder),
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

    private static string AssetsHash(string templatesFolder)
    {
        var folder = Path.Combine(templatesFolder, "assets");
        if (!Directory.Exists(folder)) return "";
        return ContentHash.OfParts(Security.SourceBoundary.Files(folder)
            .SelectMany(f => new[] { f, ContentHash.Of(File.ReadAllBytes(Path.Combine(folder, f))) }));
    }
}
