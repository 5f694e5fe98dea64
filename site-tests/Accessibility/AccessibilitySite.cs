
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

    /// <summary>The site under the deployed headers; a document's own remote pictures are aborted quietly (no network in tests).</summary>
    public static BrowserSiteRoutes Routes => new(Site.Output) { MayLeaveTheSite = BrowserSiteRoutes.IsRemoteImage };

    public static string Url(string sitePath) => BrowserSiteRoutes.DefaultOrigin + sitePath;

    /// <summary>The document page with the most SDG badges (then the longest), so badges and a long body are both checked.</summary>
    public static string RichestDocumentPath() => Directory.EnumerateDirectories(Path.Combine(Site.Output, "documents"))
        .Select(folder => (Path: $"/documents/{Path.GetFileName(folder)}/", Html: File.ReadAllText(Path.Combine(folder, "index.html"))))
        .OrderByDescending(d => CountOf(d.Html, "class=\"sdg-badge "))
        .ThenByDescending(d => d.Html.Length)
        .ThenBy(d => d.Path, StringComparer.Ordinal)
        .First().Path;

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
