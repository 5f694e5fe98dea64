using Ganss.Xss;

namespace SdgArchive.Images;

/// <summary>
/// Lets base64 raster <c>data:</c> images through HtmlSanitizer on <c>&lt;img src&gt;</c> only, so <see cref="ImagePipeline"/>
/// can move them out of the page after sanitizing. Every other use of <c>data:</c> (links, SVG, HTML) is still removed.
/// </summary>
public static class EmbeddedImageSanitizing
{
    public static void AllowEmbeddedImages(HtmlSanitizer sanitizer)
    {
        sanitizer.AllowedSchemes.Add("data");
        sanitizer.FilterUrl += (_, e) =>
        {
            if (!DataUri.IsDataUri(e.OriginalUrl)) return;
            var isImageSource = string.Equals(e.Tag?.TagName, "img", StringComparison.OrdinalIgnoreCase)
                && e.OriginalUrl.Trim() == (e.Tag?.GetAttribute("src") ?? "").Trim();
            if (!isImageSource || !IsRasterBase64(e.OriginalUrl)) e.SanitizedUrl = null;
        };
    }

    private static bool IsRasterBase64(string url)
    {
        var comma = url.IndexOf(',');
        if (comma < 0) return false;
        var header = url[..comma].ToLowerInvariant();
        return header.Contains(";base64", StringComparison.Ordinal)
            && new[] { "data:image/png", "data:image/jpeg", "data:image/jpg", "data:image/gif", "data:image/webp", "data:image/bmp" }
                .Any(t => header.StartsWith(t, StringComparison.Ordinal));
    }
}
