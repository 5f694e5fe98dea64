using AngleSharp;
using AngleSharp.Dom;
using SdgArchive.Build;

namespace SdgArchive.SiteTests.Support;

/// <summary>A real site built into a temporary folder, with helpers to open its pages as DOM documents.</summary>
public sealed class BuiltSite
{
    private static readonly IBrowsingContext Browsing = BrowsingContext.New(Configuration.Default);

    public required string Output { get; init; }
    public required BuildResult Result { get; init; }
    public required string BaseUrl { get; init; }

    /// <summary>Builds <paramref name="source"/> with the repository's templates and content unless told otherwise.</summary>
    public static BuiltSite Build(string source, Func<BuildOptions, BuildOptions>? configure = null, string? output = null)
    {
        output ??= TempFolder.Create("site");
        var options = new BuildOptions
        {
            Source = source,
            Content = RepoPaths.Content,
            Templates = RepoPaths.Templates,
            Output = output,
            Search = false,
            Cards = false,
        };
        if (configure is not null) options = configure(options);
        var result = new SitePipeline(options).Build();
        var settings = SdgArchive.Site.SiteSettings.Load(options.Content, new SdgArchive.Diagnostics.DiagnosticBag());
        if (options.BaseUrl is { } b) settings = settings.WithBaseUrl(b);
        return new BuiltSite { Output = output, Result = result, BaseUrl = settings.BaseUrl };
    }

    /// <summary>The file behind a site URL such as <c>/documents/x/</c> (with or without the base path).</summary>
    public string FileOf(string url)
    {
        var path = url.StartsWith(BaseUrl, StringComparison.Ordinal) ? url[BaseUrl.Length..] : url.TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
        return Path.Combine(Output, path);
    }

    public bool Exists(string url) => File.Exists(FileOf(url));

    public IDocument Page(string url)
    {
        var file = FileOf(url);
        Assert.That(File.Exists(file), Is.True, $"page {url} was not written ({file})");
        return Browsing.OpenAsync(req => req.Content(File.ReadAllText(file))).GetAwaiter().GetResult();
    }

    public string Text(string url) => File.ReadAllText(FileOf(url));

    public IEnumerable<string> HtmlFiles => Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories);

    public string Diagnostics => string.Join('\n', Result.Diagnostics.Sorted());
}
