using System.Globalization;
using SdgArchive.Diagnostics;
using SdgArchive.Model;

namespace SdgArchive.Images;

/// <summary>
/// The build's remote-image stage: with <c>--mirror-images</c> (or <c>mirrorImages</c> in site.json) it downloads every
/// remote image of the documents before rendering, a few at a time, so pages find them in the cache; without it, it
/// says how many pages load images from other servers.
/// </summary>
public static class RemoteImages
{
    /// <summary>The distinct http(s) image addresses of the documents, sorted.</summary>
    public static IReadOnlyList<string> Of(IEnumerable<ArchiveDocument> documents) => documents
        .SelectMany(d => d.Images)
        .Where(i => !i.IsEmbedded && i.Url is { } url && ImageMirror.CanMirror(url))
        .Select(i => i.Url!.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>The mirror the render uses (downloads done), or null when mirroring is off; reports an info note either way.</summary>
    public static ImageMirror? Prepare(IReadOnlyList<ArchiveDocument> documents, ImageMirrorOptions? mirror, string sourceFolder,
        DiagnosticBag diagnostics, out int count)
    {
        var urls = Of(documents);
        count = urls.Count;
        if (urls.Count == 0) return mirror is null ? null : new ImageMirror(mirror);
        var pages = documents.Count(d => d.Images.Any(i => !i.IsEmbedded && i.Url is { } url && ImageMirror.CanMirror(url)));
        var hosts = urls.Select(u => new Uri(u).Host).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var hostList = string.Join(", ", hosts.Take(3)) + (hosts.Count > 3 ? $" and {hosts.Count - 3} more" : "");
        if (mirror is null)
        {
            diagnostics.Report(new SourceSpan(sourceFolder, 0, 0), Severity.Info, DiagnosticCodes.RemoteImages, string.Create(CultureInfo.InvariantCulture,
                $"{pages} document pages load {urls.Count} images from other servers ({hostList}); --mirror-images publishes them as local files"));
            return null;
        }
        var images = new ImageMirror(mirror);
        var fetched = images.Prefetch(urls);
        diagnostics.Report(new SourceSpan(sourceFolder, 0, 0), Severity.Info, DiagnosticCodes.RemoteImages, string.Create(CultureInfo.InvariantCulture,
            $"{fetched} of {urls.Count} remote images ({hostList}) are in the mirror; {urls.Count - fetched} stay remote (SDG072)"));
        return images;
    }
}
