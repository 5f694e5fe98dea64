namespace SdgArchive.SiteTests.Security;

/// <summary>
/// Proves the browser checks can fail: a page with an inline script under a strict CSP must show the violation and
/// keep <c>window.__pwned</c> unset, and the same page without CSP must run the script.
/// </summary>
[NonParallelizable]
public class BrowserHarnessTests
{
    private string _site = "";

    [OneTimeSetUp]
    public void WriteTinySite()
    {
        _site = Directory.CreateTempSubdirectory("sdg-harness-").FullName;
        File.WriteAllText(Path.Combine(_site, "index.html"),
            "<!doctype html><html><head><title>Harness</title></head><body><script>window.__pwned='inline'</script><img src=\"https://elsewhere.invalid/x.png\"></body></html>");
    }

    [OneTimeTearDown]
    public void RemoveSite() => Directory.Delete(_site, recursive: true);

    [Test]
    public async Task Strict_policy_blocks_an_inline_script_and_reports_it()
    {
        await using var browser = await SiteBrowser.LaunchAsync();
        await using var visit = await browser.VisitAsync(_site, "/", "default-src 'self'");
        Assert.That(await visit.PwnedMarkerAsync(), Is.Null);
        Assert.That(await visit.CspViolationsAsync(), Has.Some.Contains("script-src"));
    }

    [Test]
    public async Task Without_a_policy_the_same_script_runs_and_off_site_requests_are_seen()
    {
        await using var browser = await SiteBrowser.LaunchAsync();
        await using var visit = await browser.VisitAsync(_site, "/", "");
        Assert.That(await visit.PwnedMarkerAsync(), Is.EqualTo("inline"));
        Assert.That(visit.OffSiteRequests, Has.Some.Contains("elsewhere.invalid"));
    }
}
