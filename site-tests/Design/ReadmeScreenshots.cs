using Microsoft.Playwright;

namespace SdgArchive.SiteTests.Design;

/// <summary>
/// Writes the README's screenshots (<c>docs/screenshots/</c>): the home and the map at 1280 × 900 and a document on a
/// phone, of the 400 corpus pages, in headless Chromium, made small (half and three-quarter scale). Explicit: it writes
/// into the repository, so it runs only when asked for, through <c>scripts/screenshots.sh</c>.
/// </summary>
[Explicit("writes docs/screenshots/; run scripts/screenshots.sh")]
[Category("ReadmeScreenshots")]
[NonParallelizable]
public class ReadmeScreenshots : BrowserFixture
{
    [Test]
    public async Task Writes_the_readme_screenshots()
    {
        var site = BuiltSite.Build(RepoPaths.RequireCorpus());
        var folder = Environment.GetEnvironmentVariable("SDG_SCREENSHOTS")
            ?? Path.Combine(RepoPaths.Root, "docs", "screenshots");
        Directory.CreateDirectory(folder);
        // The document the README shows: the first learning plan by address with a map of its place and a whole title.
        var document = Directory.EnumerateDirectories(Path.Combine(site.Output, "documents"))
            .Order(StringComparer.Ordinal)
            .Select(f => $"/documents/{Path.GetFileName(f)}/")
            .First(u => site.Text(u) is var html && html.Contains("type-learningplan", StringComparison.Ordinal)
                && html.Contains("locator-map", StringComparison.Ordinal)
                && !html.Contains("<p class=\"note\">", StringComparison.Ordinal));
        var shots = new (string Name, string Path, ViewportSize Size, float Scale, bool Phone, string? Ready)[]
        {
            ("home", "/", new() { Width = 1280, Height = 900 }, 0.5f, false, null),
            ("document-phone", document, new() { Width = 390, Height = 844 }, 0.75f, true, null),
            ("map", "/map/", new() { Width = 1280, Height = 900 }, 0.5f, false, "#world-map[data-ready='true']"),
        };
        foreach (var (name, path, size, scale, phone, ready) in shots)
        {
            await using var visit = await Browser.NewVisitAsync(
                new() { ViewportSize = size, DeviceScaleFactor = scale, IsMobile = phone, HasTouch = phone },
                new BrowserSiteRoutes(site.Output) { MayLeaveTheSite = BrowserSiteRoutes.IsRemoteImage });
            await visit.GotoAsync(BrowserSiteRoutes.DefaultOrigin + path);
            if (ready is not null)
                await visit.Page.Locator(ready).WaitForAsync(new() { State = WaitForSelectorState.Attached });
            var file = Path.Combine(folder, name + ".png");
            await visit.Page.ScreenshotAsync(new() { Path = file });
            TestContext.Out.WriteLine($"{file}: {new FileInfo(file).Length:N0} bytes ({path})");
            Assert.That(new FileInfo(file).Length, Is.InRange(5_000, 200_000), "a small picture, not a blank one");
        }
    }
}
