using Microsoft.Playwright;

namespace SdgArchive.SiteTests.Design;

/// <summary>browse.js in Chromium under the deployed CSP: the facet lists become combinable select boxes.</summary>
[NonParallelizable]
public class BrowseBrowserTests : BrowserFixture
{
    private static BuiltSite Site => Sites.DeployedSeeds;

    [Test]
    public async Task Filters_combine_in_the_browser_and_clearing_restores_the_page()
    {
        await using var visit = await Browser.NewVisitAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true },
            new BrowserSiteRoutes(Site.Output));
        await visit.GotoAsync(BrowserSiteRoutes.DefaultOrigin + "/documents/");
        var page = visit.Page;
        await page.WaitForSelectorAsync("form.browse-filter");
        Assert.That(await page.Locator("details.facet").First.IsHiddenAsync(), Is.True, "the link lists give way to the form");
        var before = await page.Locator(".browse-results .card").CountAsync();

        await page.SelectOptionAsync("select[name=types]", "learningplan");
        await page.WaitForFunctionAsync("() => /match/.test(document.querySelector('[data-browse-count]').textContent)");
        var types = await page.Locator(".browse-results .card-type").AllTextContentsAsync();
        Assert.That(types, Is.Not.Empty);
        Assert.That(types, Has.All.EqualTo("Learning plan"));

        await page.SelectOptionAsync("select[name=years]", "2023");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.browse-results .card').length === 1");
        Assert.That(await page.Locator(".browse-results .card-facts").InnerTextAsync(), Does.EndWith("2023"));
        var select = await page.Locator("select[name=types]").BoundingBoxAsync();
        Assert.That(select!.Height, Is.GreaterThanOrEqualTo(24), "a select box a finger can hit");

        await page.ClickAsync("button[type=reset]");
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('.browse-results .card').length === {before}");
        Assert.That(visit.Problems.All, Is.Empty);
    }
}
