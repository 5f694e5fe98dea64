using Microsoft.Playwright;

namespace SdgArchive.SiteTests.Security;

/// <summary>
/// The built pages in headless Chromium under the Content-Security-Policy from <c>netlify.toml</c>: no script from a
/// document runs (hostile scripts set <c>window.__pwned</c> or the title), no dialog opens, no request leaves the site,
/// and the site's own markup and code cause no CSP violation.
/// </summary>
[NonParallelizable]
public class HostilePagesInBrowserTests : BrowserFixture
{
    private SandboxedSite _site = null!;

    [OneTimeSetUp]
    public void Build()
    {
        _site = SandboxedSite.From("browser", source =>
        {
            foreach (var file in Directory.EnumerateFiles(RepoPaths.Seeds)) File.Copy(file, Path.Combine(source, Path.GetFileName(file)));
            foreach (var file in Directory.EnumerateFiles(RepoPaths.TestCorpus("hostile"), "*.txt")) File.Copy(file, Path.Combine(source, Path.GetFileName(file)));
            foreach (var name in new[] { "unclosed-div.txt", "unclosed-code-fence.txt", "invalid-utf8.txt", "latlng-nan-infinity.txt" })
                File.Copy(Path.Combine(RepoPaths.TestCorpus("broken"), name), Path.Combine(source, name));
        });
        Assert.That(_site.ExitCode, Is.EqualTo(0), _site.ErrorText);
    }

    [OneTimeTearDown]
    public void Remove() => _site?.Dispose();

    public static IEnumerable<string> HostileFiles() =>
        Directory.EnumerateFiles(RepoPaths.TestCorpus("hostile"), "*.txt")
            .Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    [TestCaseSource(nameof(HostileFiles))]
    public async Task No_script_from_the_document_runs_on_its_page(string file) =>
        await AssertPageIsInert(_site.UrlPathOf(file));

    /// <summary>Pages that print hostile tag values and titles: listings, term pages, the map, the home page.</summary>
    [Test]
    public async Task No_script_from_any_document_runs_on_the_pages_that_list_them()
    {
        var listing = Directory.EnumerateFiles(_site.Output, "index.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(_site.Output, Path.GetDirectoryName(f)!).Replace('\\', '/') + "/")
            .Select(p => p == "/./" ? "/" : p)
            .Where(p => !p.StartsWith("/documents/", StringComparison.Ordinal))
            .Where(p => p.Split('/').Length <= 3 || p.Contains("pwned") || p.Contains("passwd") || p.Contains("kenya"))
            .Order(StringComparer.Ordinal).ToList();
        Assert.That(listing, Has.Member("/").And.Member("/countries/"));
        foreach (var page in listing) await AssertPageIsInert(page);
    }

    [Test]
    public async Task The_not_found_page_is_inert_too() => await AssertPageIsInert("/no/such/page/", expectedStatus: 404);

    /// <summary>The title as written in the served file; a script that ran would have changed it.</summary>
    private string ServedTitle(string path)
    {
        var file = BrowserStaticFiles.Resolve(_site.Output, path) ?? Path.Combine(_site.Output, "404.html");
        return new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(file)).Title ?? "";
    }

    private async Task AssertPageIsInert(string path, int expectedStatus = 200)
    {
        await using var visit = await Browser.NewVisitAsync(new() { ServiceWorkers = ServiceWorkerPolicy.Block }, new BrowserSiteRoutes(_site.Output));
        var response = await visit.GotoAsync(BrowserSiteRoutes.DefaultOrigin + path);
        // Let timers, lazy images and the site's own deferred scripts run.
        await visit.Page.WaitForTimeoutAsync(150);
        Assert.Multiple(async () =>
        {
            Assert.That(response?.Status ?? 0, Is.EqualTo(expectedStatus), $"{path} status");
            Assert.That(await visit.PwnedMarkerAsync(), Is.Null, $"{path}: a document's script ran");
            Assert.That(await visit.Page.TitleAsync(), Is.EqualTo(ServedTitle(path)), $"{path}: a document's script changed the title");
            Assert.That(visit.Problems.Dialogs, Is.Empty, $"{path}: a dialog opened");
            Assert.That(visit.Problems.PolicyViolations, Is.Empty, $"{path}: Content-Security-Policy violations");
            Assert.That(visit.Problems.OffSiteRequests, Is.Empty, $"{path}: requests leaving the site");
            Assert.That(visit.Problems.PageErrors, Is.Empty, $"{path}: uncaught script errors");
        });
    }
}
