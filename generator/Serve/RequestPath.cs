using System.Text;

namespace SdgArchive.Serve;

/// <summary>What a request target turned out to be once checked: a safe path inside the site, or a refusal.</summary>
public abstract record RequestPath
{
    /// <summary>A path inside the site folder; <see cref="Segments"/> are decoded and free of dot segments.</summary>
    public sealed record Safe(IReadOnlyList<string> Segments, bool EndsWithSlash) : RequestPath
    {
        public string RelativePath => string.Join('/', Segments);
    }

    /// <summary>The target tries to leave the folder (dot segments, backslashes, NUL) or is malformed.</summary>
    public sealed record Rejected(string Reason) : RequestPath;

    /// <summary>The target lies outside the base path the site is served under.</summary>
    public sealed record OutsideBase : RequestPath;

    /// <summary>
    /// Checks the raw request target as the client sent it (before any server normalisation), so an
    /// attempt is refused rather than silently rewritten. Percent-decoding is repeated until stable:
    /// <c>%252e%252e</c> is treated like <c>..</c> too.
    /// </summary>
    public static RequestPath Parse(string rawTarget, string basePath = "/")
    {
        var path = rawTarget;
        var query = path.IndexOfAny(['?', '#']);
        if (query >= 0) path = path[..query];
        if (path.Length == 0 || path[0] != '/') return new Rejected("target is not an absolute path");

        var decoded = path;
        for (var round = 0; round < 4; round++)
        {
            string next;
            try { next = Uri.UnescapeDataString(decoded); }
            catch (UriFormatException) { return new Rejected("malformed percent-encoding"); }
            if (next == decoded) break;
            decoded = next;
            if (round == 3) return new Rejected("percent-encoding nested too deeply");
        }
        if (decoded.Contains('\\')) return new Rejected("backslash in path");
        if (decoded.Any(ch => ch == '\0' || char.IsControl(ch))) return new Rejected("control character in path");
        if (!IsValidUtf16(decoded)) return new Rejected("invalid characters in path");

        var rawSegments = decoded.Split('/');
        foreach (var segment in rawSegments)
        {
            // ". " and ".. " are dot segments on Windows file systems; refuse anything made only of dots.
            if (segment.Length > 0 && segment.TrimEnd(' ').All(ch => ch == '.')) return new Rejected("dot segment in path");
            if (segment.Contains(':')) return new Rejected("colon in path");
        }

        var normalisedBase = NormaliseBase(basePath);
        if (!decoded.StartsWith(normalisedBase, StringComparison.Ordinal))
        {
            // "/archive" for base "/archive/" is the site's home without its slash.
            return decoded + "/" == normalisedBase ? new Safe([], false) : new OutsideBase();
        }
        var rest = decoded[normalisedBase.Length..];
        var segments = rest.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return new Safe(segments, rest.Length == 0 || rest.EndsWith('/'));
    }

    public static string NormaliseBase(string basePath)
    {
        var trimmed = basePath.Trim('/');
        return trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }

    private static bool IsValidUtf16(string text)
    {
        try { _ = new UTF8Encoding(false, true).GetByteCount(text); return true; }
        catch (EncoderFallbackException) { return false; }
    }
}
