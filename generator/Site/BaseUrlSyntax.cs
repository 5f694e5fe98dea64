using System.Text.RegularExpressions;

namespace SdgArchive.Site;

/// <summary>
/// What a base URL may be, wherever it is given (<c>--base-url</c>, <c>baseUrl</c> in <c>content/site.json</c>): a path
/// (<c>/archive/</c>, <c>archive</c>) or an http(s) URL (<c>https://host/archive/</c>) that every page address is
/// written below. Before, <c>not a url</c> published under <c>/not a url/</c>, a query or fragment was dropped without
/// a word and <c>ftp://host/a</c> became the path <c>/ftp:/host/a/</c>.
/// </summary>
public static partial class BaseUrlSyntax
{
    /// <summary>Why <paramref name="text"/> cannot be a base URL, or null when it can.</summary>
    public static string? Problem(string text)
    {
        if (text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || "\"'<>\\^`{|}".Contains(c)))
            return "is not a URL or path: spaces, quotes, <, >, \\ and control characters are not allowed (use %20)";
        if (text.Contains('?') || text.Contains('#'))
            return "has a query (?) or fragment (#); a base URL is a folder that pages are addressed below";
        if (text.StartsWith("//", StringComparison.Ordinal))
            return "has no scheme; write https://host/path/ or a path such as /archive/";
        if (Scheme().Match(text) is not { Success: true } scheme) return null;
        if (scheme.Groups[1].Value.ToLowerInvariant() is not ("http" or "https"))
            return "is not an http(s) URL; write https://host/path/ or a path such as /archive/";
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            return "is not a valid URL; write https://host/path/ or a path such as /archive/";
        return uri.UserInfo.Length > 0 ? "has a user name or password; a public address cannot" : null;
    }

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex Scheme();
}
