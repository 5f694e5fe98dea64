namespace SdgArchive.SiteTests.Accessibility;

/// <summary>
/// The seeds built the way they are deployed (<see cref="Sites.DeployedSeeds"/>), for all accessibility tests, and
/// answered through request interception with the deployed headers.
/// </summary>
internal static class AccessibilitySite
{
    public static BuiltSite Site
    {
        get
        {
            Assert.That(Sites.DeployedSeeds.Result.Succeeded, Is.True, Sites.DeployedSeeds.Diagnostics);
            return Sites.DeployedSeeds;
        }
    }

    private static readonly Lazy<BuiltSite> CollectionsSite = new(() =>
    {
        var content = TempFolder.CopyOf(RepoPaths.Content, "a11y-content");
        var folder = Path.Combine(content, "collections");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "curated.md"), """
            # Curated picks

            Documents chosen by hand, **with an introduction**.

            [[query:sdgs=17]]
            """.Replace("\r\n", "\n"));
        var site = BuiltSite.Build(RepoPaths.Seeds, o => o with { Content = content });
        Assert.That(site.Result.Succeeded, Is.True, site.Diagnostics);
        return site;
    });

    /// <summary>The seeds with one collection (the repository's content has none), for the collection pages.</summary>
    public static BuiltSite WithCollections => CollectionsSite.Value;

    /// <summary>The site under the deployed headers; a document's own remote pictures are aborted quietly (no network in tests).</summary>
    public static BrowserSiteRoutes Routes => RoutesOf(Site);

    public static BrowserSiteRoutes RoutesOf(BuiltSite site) =>
        new(site.Output) { MayLeaveTheSite = BrowserSiteRoutes.IsRemoteImage };

    public static string Url(string sitePath) => BrowserSiteRoutes.DefaultOrigin + sitePath;

    /// <summary>The document page with the most SDG badges (then the longest), so badges and a long body are both checked.</summary>
    public static string RichestDocumentPath() => Directory.EnumerateDirectories(Path.Combine(Site.Output, "documents"))
        .Select(folder => (Path: $"/documents/{Path.GetFileName(folder)}/", Html: File.ReadAllText(Path.Combine(folder, "index.html"))))
        .OrderByDescending(d => CountOf(d.Html, "class=\"sdg-badge "))
        .ThenByDescending(d => d.Html.Length)
        .ThenBy(d => d.Path, StringComparer.Ordinal)
        .First().Path;

    /// <summary>The first document page (by address) of a type, or null when the seeds have none.</summary>
    public static string? DocumentOfType(string typeKey) =>
        Directory.EnumerateDirectories(Path.Combine(Site.Output, "documents")).Order(StringComparer.Ordinal)
        .Where(folder => File.ReadAllText(Path.Combine(folder, "index.html"))
            .Contains($"class=\"document type-{typeKey}", StringComparison.Ordinal))
        .Select(folder => $"/documents/{Path.GetFileName(folder)}/").FirstOrDefault();

    /// <summary>The first term page (by address) of a taxonomy's folder.</summary>
    public static string FirstTermPath(string segment) =>
        Directory.EnumerateDirectories(Path.Combine(Site.Output, segment)).Order(StringComparer.Ordinal).Select(folder => $"/{segment}/{Path.GetFileName(folder)}/").First();

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
