using Microsoft.Playwright;
using SdgArchive.SiteTests.Images;

namespace SdgArchive.SiteTests.Design;

/// <summary>
/// A document's remote image (not mirrored) keeps its box while it loads, whatever shape it turns out to have: the text
/// after it does not move when it arrives. Measured in Chromium, the image held back by the test until measured.
/// </summary>
[NonParallelizable]
public class RemoteImageSpaceTests : BrowserFixture
{
    private const string Host = "https://undp-accelerator-labs.github.io";

    private static readonly Lazy<BuiltSite> Site = new(() =>
    {
        var source = TempFolder.WithFiles("remote-space", new Dictionary<string, string>
        {
            ["wide.md"] = "# Wide picture\n\n[[type:blog]]\n\n## Story\n\n> What happened?\n\nBefore the picture.\n\n"
                + $"![Missing alt text]({Host}/wide.png)\n\nAfter the picture.\n",
            ["tall.md"] = "# Tall picture\n\n[[type:blog]]\n\n## Story\n\n> What happened?\n\nBefore the picture.\n\n"
                + $"![A poster]({Host}/tall.png)\n\nAfter the picture.\n",
        });
        var site = BuiltSite.Build(source);
        Assert.That(site.Result.Succeeded, Is.True, site.Diagnostics);
        return site;
    });

    [TestCase("wide", 1600, 600, 1366)]
    [TestCase("tall", 500, 1500, 1366)]
    [TestCase("wide", 1600, 600, 390)]
    [TestCase("tall", 500, 1500, 390)]
    public async Task Text_after_a_remote_image_stays_put_when_the_image_arrives(string name, int width, int height,
        int screen)
    {
        using var picture = ImageTestFiles.Gradient(width, height);
        var bytes = ImageTestFiles.Encode(picture, "png");
        var site = Site.Value;
        var url = Directory.EnumerateDirectories(Path.Combine(site.Output, "documents"))
            .Select(f => $"/documents/{Path.GetFileName(f)}/")
            .Single(u => site.Text(u).Contains($"/{name}.png", StringComparison.Ordinal));
        var size = new ViewportSize { Width = screen, Height = 2000 };
        await using var visit = await Browser.NewVisitAsync(new() { ViewportSize = size }, new BrowserSiteRoutes(site.Output));
        var release = new TaskCompletionSource();
        await visit.Page.RouteAsync($"{Host}/**", async route =>
        {
            await release.Task;
            await route.FulfillAsync(new() { Status = 200, ContentType = "image/png", BodyBytes = bytes });
        });
        await visit.Page.GotoAsync(BrowserSiteRoutes.DefaultOrigin + url,
            new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        // The page's stylesheet reserves the box; DOMContentLoaded can come before it applies (seen under load).
        await visit.Page.WaitForFunctionAsync(
            "() => [...document.querySelectorAll('link[rel=stylesheet]')].every(l => l.sheet)");
        const string Measure = """
            () => {
              const img = document.querySelector('main img'), r = img.getBoundingClientRect();
              const after = [...document.querySelectorAll('main p')]
                .find(p => p.textContent.includes('After the picture'));
              const loaded = img.complete && img.naturalWidth > 0 ? 1 : 0;
              return [r.width, r.height, after.getBoundingClientRect().top, loaded];
            }
            """;
        var before = await visit.Page.EvaluateAsync<double[]>(Measure);
        Assert.That(before[3], Is.Zero, "measured before the image arrived");
        Assert.That(before[1], Is.GreaterThan(100), "its box is reserved before it loads");
        release.SetResult();
        await visit.Page.WaitForFunctionAsync(
            "() => { const i = document.querySelector('main img'); return i.complete && i.naturalWidth > 0; }");
        var after = await visit.Page.EvaluateAsync<double[]>(Measure);
        Assert.That(after[..3], Is.EqualTo(before[..3]), "the box and the text after it did not move");
        await BrowserScreenshots.AttachAsync(visit.Page, $"remote-image-{name}-{screen}");
    }
}
