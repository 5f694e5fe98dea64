namespace SdgArchive.SiteTests.Support;

/// <summary>
/// The shared browser harness can fail: a page with an inline script and an off-site image, served with the deployed
/// headers, shows the CSP violation and the request that left the site, through both ways of serving a folder; served
/// without a policy, the same script runs.
/// </summary>
[NonParallelizable]
public class BrowserHarnessTests : BrowserFixture
{
    private string _site = "";

    [OneTimeSetUp]
    public void WriteTinySite() => _site = TempFolder.WithFiles("harness", new Dictionary<string, string>
    {
        ["index.html"] = "<!doctype html><html lang=en><title>Harness</title><script>window.__pwned = 'inline'</script>" +
                         "<img src=\"https://elsewhere.invalid/x.png\" alt=x><img src=\"missing.png\" alt=y>",
    });

    [OneTimeTearDown]
    public void RemoveSite() => TempFolder.Remove(_site);

    [Test]
    public async Task Routes_apply_the_deployed_policy_and_record_what_went_wrong()
    {
        await using var visit = await Browser.NewVisitAsync(routes: new BrowserSiteRoutes(_site));
        await visit.GotoAsync(BrowserSiteRoutes.DefaultOrigin + "/");
        await visit.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        Assert.That(await visit.PwnedMarkerAsync(), Is.Null, "the CSP stopped the inline script");
        Assert.That(visit.Problems.PolicyViolations, Has.Some.Contains("script-src"));
        Assert.That(visit.Problems.OffSiteRequests, Has.Some.Contains("elsewhere.invalid"));
        Assert.That(visit.Problems.MissingFiles, Has.Some.EqualTo("/missing.png"));
    }

    [Test]
    public async Task Without_a_policy_the_same_script_runs_and_off_site_requests_are_seen()
    {
        await using var visit = await Browser.NewVisitAsync(routes: new BrowserSiteRoutes(_site, headers: new Dictionary<string, string>()));
        await visit.GotoAsync(BrowserSiteRoutes.DefaultOrigin + "/");

        Assert.That(await visit.PwnedMarkerAsync(), Is.EqualTo("inline"));
        Assert.That(visit.Problems.OffSiteRequests, Has.Some.Contains("elsewhere.invalid"));
    }

    [Test]
    public async Task The_loopback_server_sends_the_deployed_headers_and_404s()
    {
        using var server = new BrowserSiteServer(_site, "/archive/");
        await using var visit = await Browser.NewVisitAsync();

        var home = await visit.GotoAsync(server.BaseUrl);
        Assert.That(await home!.HeaderValueAsync("content-security-policy"), Is.EqualTo(BrowserDeployedHeaders.ContentSecurityPolicy));
        Assert.That(await home.HeaderValueAsync("x-content-type-options"), Is.EqualTo("nosniff"));
        Assert.That(visit.Problems.PolicyViolations, Has.Some.Contains("script-src"));

        var missing = await visit.Context.APIRequest.GetAsync(server.BaseUrl + "no/such/page/");
        Assert.That(missing.Status, Is.EqualTo(404));
    }
}
