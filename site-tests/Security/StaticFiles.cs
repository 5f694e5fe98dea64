namespace SdgArchive.SiteTests.Security;

/// <summary>Maps a URL path to a file of the built site the way a static host does (folder → index.html).</summary>
public static class StaticFiles
{
    /// <summary>The file for <paramref name="urlPath"/>, or null when there is none or the path leaves the folder.</summary>
    public static string? Resolve(string root, string urlPath)
    {
        var fullRoot = Path.GetFullPath(root);
        var relative = urlPath.TrimStart('/');
        if (relative.Contains('\\') || relative.Split('/').Any(segment => segment is ".." or ".")) return null;
        var candidate = Path.GetFullPath(Path.Combine(fullRoot, relative));
        if (!candidate.StartsWith(fullRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal) && candidate != fullRoot) return null;
        if (Directory.Exists(candidate)) candidate = Path.Combine(candidate, "index.html");
        return File.Exists(candidate) ? candidate : null;
    }

    public static string ContentType(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".webp" => "image/webp",
        ".woff2" => "font/woff2",
        ".xml" => "application/xml",
        ".txt" => "text/plain; charset=utf-8",
        ".wasm" => "application/wasm",
        _ => "application/octet-stream",
    };
}
