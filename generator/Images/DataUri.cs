namespace SdgArchive.Images;

/// <summary>A base64 <c>data:image/…</c> URI, decoded. Only raster types: an SVG served from the site could run script.</summary>
public sealed record DataUri(string MediaType, byte[] Bytes)
{
    private static readonly Dictionary<string, string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/png"] = "png", ["image/jpeg"] = "jpg", ["image/jpg"] = "jpg", ["image/gif"] = "gif",
        ["image/webp"] = "webp", ["image/bmp"] = "bmp",
    };

    public string Extension => Extensions[MediaType];

    public static bool IsDataUri(string url) => url.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase);

    /// <summary>Null when the URI is not a base64 raster image we can write out (the reason in <paramref name="problem"/>).</summary>
    public static DataUri? TryParse(string url, out string? problem)
    {
        problem = null;
        var text = url.Trim();
        var comma = text.IndexOf(',');
        if (!IsDataUri(text) || comma < 0) { problem = "not a data: URI"; return null; }
        var header = text[5..comma].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var mediaType = header.Length > 0 ? header[0] : "";
        if (!Extensions.ContainsKey(mediaType)) { problem = $"embedded {(mediaType.Length > 0 ? mediaType : "data")} is not a raster image type"; return null; }
        if (!header.Contains("base64", StringComparer.OrdinalIgnoreCase)) { problem = "embedded image is not base64-encoded"; return null; }
        // Archive pages wrap base64 over lines and sometimes percent-encode padding.
        var payload = new string(text[(comma + 1)..].Where(c => !char.IsWhiteSpace(c)).ToArray()).Replace("%3D", "=", StringComparison.OrdinalIgnoreCase);
        var buffer = new byte[payload.Length * 3 / 4 + 3];
        if (!Convert.TryFromBase64String(payload, buffer, out var written)) { problem = "embedded image has invalid base64"; return null; }
        return new DataUri(mediaType.ToLowerInvariant(), buffer[..written]);
    }
}
