using SdgArchive.Caching;

namespace SdgArchive.Output;

/// <summary>
/// Copies <c>templates/assets/</c> into the site with a content hash in each file name (<c>site.3f2a9c1e.css</c>), so
/// they can be cached for a year and a change is never served stale.
/// </summary>
public sealed class AssetPipeline
{
    private readonly Dictionary<string, string> _urls = new(StringComparer.Ordinal);

    public AssetPipeline(string templatesFolder, string basePath, StagingFolder output)
    {
        var folder = Path.Combine(templatesFolder, "assets");
        if (!Directory.Exists(folder)) return;
        // Only files inside the folder (a link to a file outside it is left out), hidden ones included as before.
        foreach (var name in Security.SourceBoundary.Files(folder, includeHidden: true))
        {
            var file = Path.Combine(folder, name);
            var hash = ContentHash.Of(File.ReadAllBytes(file))[..10];
            var extension = Path.GetExtension(name);
            var fingerprinted = $"assets/{name[..^extension.Length]}.{hash}{extension}";
            output.CopyFile(file, fingerprinted);
            _urls[name] = basePath + fingerprinted;
        }
    }

    /// <summary>URL of an asset by its name under <c>templates/assets/</c>, or an empty string when missing.</summary>
    public string Url(string name) => _urls.TryGetValue(name, out var url) ? url : "";

    /// <summary>How an asset a page links is named among the inputs it read: <c>asset:search.js</c>.</summary>
    public const string InputPrefix = "asset:";

    /// <summary>
    /// <see cref="Url(string)"/>, recorded in <paramref name="reads"/>: the page shows the URL, which changes with the
    /// asset's content, so it is rendered again when the URL does. A missing asset is not recorded: which assets
    /// exist is in the build's fingerprint (see <c>BuildFingerprint</c>).
    /// </summary>
    public string Url(string name, InputLog? reads)
    {
        var url = Url(name);
        if (url.Length > 0) reads?.Data(InputPrefix + name, url);
        return url;
    }

    /// <summary>Registers every asset's URL now: a page that linked one is reused only while that URL stays.</summary>
    public void Register(InputState state)
    {
        foreach (var (name, url) in _urls) state.Set(InputPrefix + name, url);
    }

    public bool Has(string name) => _urls.ContainsKey(name);
}
