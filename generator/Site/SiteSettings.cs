using System.Text.Json;
using System.Text.Json.Serialization;
using SdgArchive.Diagnostics;
using SdgArchive.Syntax.Emails;

namespace SdgArchive.Site;

/// <summary>The site's settings, read from <c>content/site.json</c>; command-line options override some of them.</summary>
public sealed record SiteSettings
{
    public string Title { get; init; } = "SDG Commons Archive";
    public string Description { get; init; } = "";
    public string Language { get; init; } = "en";
    /// <summary>Scheme and host for canonical links, the feed and the sitemap (no path).</summary>
    public string SiteUrl { get; init; } = "https://example.org";
    /// <summary>Path the site is served under, always with leading and trailing slash: <c>/</c> or <c>/archive/</c>.</summary>
    public string BaseUrl { get; init; } = "/";
    /// <summary>Prefix that, followed by a document's source path, links to the file in the repository.</summary>
    public string? SourceUrl { get; init; }
    public FocalPointPolicy FocalPoints { get; init; } = FocalPointPolicy.Hidden;
    public int PageSize { get; init; } = 50;
    public int NewestOnHome { get; init; } = 10;
    public int FeedSize { get; init; } = 20;
    public IReadOnlyList<string> ExtraTaxonomies { get; init; } = [];
    /// <summary>
    /// Warning codes that <c>--strict</c> still treats as warnings, like a compiler's WarningsNotAsErrors: known data
    /// problems of the archive (a country centroid at sea) are reported on every build without blocking deploys.
    /// </summary>
    public IReadOnlyList<string> WarningsNotAsErrors { get; init; } = [];
    /// <summary>Download remote images at build time and publish them as local files, as <c>--mirror-images</c> does.</summary>
    public bool MirrorImages { get; init; }

    public string AbsoluteUrl(string siteRelative) => SiteUrl.TrimEnd('/') + siteRelative;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static SiteSettings Load(string contentFolder, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(contentFolder, "site.json");
        if (!File.Exists(path)) return new SiteSettings();
        try
        {
            var text = File.ReadAllText(path);
            var settings = JsonSerializer.Deserialize<SiteSettings>(text, Options) ?? new SiteSettings();
            if (BaseUrlSyntax.Problem(settings.BaseUrl.Trim()) is { } problem)
            {
                // Checked as --base-url is: "ftp://host/a" was published under the path /ftp:/host/a/.
                var (line, column) = ValuePosition(text, nameof(BaseUrl));
                diagnostics.Report(new(path, line, column), Severity.Error, DiagnosticCodes.Settings,
                    $"baseUrl '{settings.BaseUrl}' {problem}");
                return settings with { BaseUrl = "/" };
            }
            return settings.WithBaseUrl(settings.BaseUrl);
        }
        catch (JsonException ex)
        {
            diagnostics.Report(new(path, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1), Severity.Error, DiagnosticCodes.Settings, $"settings file is not valid: {ex.Message}");
            return new SiteSettings();
        }
    }

    /// <summary>
    /// Line and column (from 1, in characters) of the value of the top-level property <paramref name="name"/> (matched
    /// regardless of case, as the settings are read), or of the file's start when it is not found.
    /// </summary>
    private static (int Line, int Column) ValuePosition(string text, string name)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true,
        });
        long? offset = null;
        try
        {
            while (offset is null && reader.Read())
            {
                if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1
                    || !string.Equals(reader.GetString(), name, StringComparison.OrdinalIgnoreCase)) continue;
                reader.Read();
                offset = reader.TokenStartIndex;
            }
        }
        catch (JsonException) { }
        if (offset is not { } at) return (1, 1);
        var before = System.Text.Encoding.UTF8.GetString(bytes, 0, (int)at);
        var lineStart = before.LastIndexOf('\n') + 1;
        return (before.Count(c => c == '\n') + 1, before.Length - lineStart + 1);
    }

    /// <summary>Accepts <c>/archive</c>, <c>archive/</c> or a full URL <c>https://host/archive/</c>.</summary>
    public SiteSettings WithBaseUrl(string value)
    {
        var siteUrl = SiteUrl;
        var path = value.Trim();
        if (Uri.TryCreate(path, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            siteUrl = uri.GetLeftPart(UriPartial.Authority);
            path = uri.AbsolutePath;
        }
        path = "/" + path.Trim('/') + "/";
        if (path == "//") path = "/";
        return this with { BaseUrl = path, SiteUrl = siteUrl.TrimEnd('/') };
    }
}
