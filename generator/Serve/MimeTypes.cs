namespace SdgArchive.Serve;

/// <summary>
/// Content types for the files a built site contains. A fixed table rather than the OS registry so the
/// preview behaves the same on every machine and matches what the static host sends.
/// </summary>
public static class MimeTypes
{
    public const string Fallback = "application/octet-stream";

    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".htm"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".geojson"] = "application/geo+json; charset=utf-8",
        [".topojson"] = "application/json; charset=utf-8",
        [".webmanifest"] = "application/manifest+json; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".rss"] = "application/rss+xml; charset=utf-8",
        [".atom"] = "application/atom+xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".webp"] = "image/webp",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".avif"] = "image/avif",
        [".ico"] = "image/x-icon",
        [".woff2"] = "font/woff2",
        [".woff"] = "font/woff",
        [".wasm"] = "application/wasm",
        [".pdf"] = "application/pdf",
        // Pagefind's index: compressed binary fragments, filters and metadata, and its own wasm bundle.
        [".pf_meta"] = Fallback,
        [".pf_index"] = Fallback,
        [".pf_fragment"] = Fallback,
        [".pf_filter"] = Fallback,
        [".pagefind"] = Fallback,
    };

    public static string For(string path)
    {
        var extension = Path.GetExtension(path);
        return ByExtension.TryGetValue(extension, out var type) ? type : Fallback;
    }

    public static bool IsHtml(string path) => For(path).StartsWith("text/html", StringComparison.Ordinal);
}
