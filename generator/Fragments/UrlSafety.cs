namespace SdgArchive.Fragments;

/// <summary>Which link and image addresses from a document may appear on the site.</summary>
public static class UrlSafety
{
    /// <summary>http(s), mailto, relative paths and fragments; never <c>javascript:</c>, <c>vbscript:</c> or <c>data:text/html</c>.</summary>
    public static bool IsSafeLink(string url)
    {
        var trimmed = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = trimmed.IndexOf(':');
        if (colon < 0) return true;
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon) return true; // "a/b:c" is a relative path
        var scheme = trimmed[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }

    /// <summary>Images may also be embedded raster data (never SVG, which can carry script).</summary>
    public static bool IsSafeImage(string url) =>
        IsSafeLink(url) || IsDataImage(url);

    public static bool IsDataImage(string url) =>
        url.StartsWith("data:image/png", StringComparison.OrdinalIgnoreCase) || url.StartsWith("data:image/jpeg", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("data:image/jpg", StringComparison.OrdinalIgnoreCase) || url.StartsWith("data:image/gif", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("data:image/webp", StringComparison.OrdinalIgnoreCase);
}
