using Microsoft.Playwright;

namespace SdgArchive.SiteTests.Accessibility;

/// <summary>What someone using only a keyboard meets: the skip link first, and a visible focus on every stop.</summary>
[NonParallelizable]
public class KeyboardTests : BrowserFixture
{

    [OneTimeSetUp]
    public void BuildSite() => _ = AccessibilitySite.Site;

    private async Task<BrowserVisit> OpenAsync(string path, ColorScheme scheme = ColorScheme.Light)
    {
        var visit = await Browser.NewVisitAsync(new() { ViewportSize = Viewports.Desktop, ColorScheme = scheme }, AccessibilitySite.Routes);
        await visit.GotoAsync(AccessibilitySite.Url(path));
        return visit;
    }

    [TestCase("/")]
    [TestCase(null)]
    public async Task The_first_Tab_reaches_a_visible_skip_link_that_moves_focus_to_the_main_content(string? path)
    {
        path ??= AccessibilitySite.RichestDocumentPath();
        await using var visit = await OpenAsync(path);
        var page = visit.Page;

        await page.Keyboard.PressAsync("Tab");
        var first = await page.EvaluateAsync<string>("() => document.activeElement.className + ' ' + document.activeElement.textContent.trim()");
        Assert.That(first, Is.EqualTo("skip-link Skip to content"), "the first Tab stop");
        var box = await page.Locator(".skip-link").BoundingBoxAsync();
        Assert.That(box, Is.Not.Null);
        Assert.That(box!.X, Is.GreaterThanOrEqualTo(0), "the focused skip link is on screen");
        Assert.That(box.Y, Is.GreaterThanOrEqualTo(0));
        Assert.That(box.Width, Is.GreaterThan(20));
        await BrowserScreenshots.AttachAsync(page, "skip-link-focused");

        await page.Keyboard.PressAsync("Enter");
        Assert.That(await page.EvaluateAsync<string>("() => document.activeElement.id"), Is.EqualTo("main"), "focus moved to <main>");
        Assert.That(await page.EvaluateAsync<string>("() => document.activeElement.tagName"), Is.EqualTo("MAIN"));

        // The next Tab goes on inside the main content, not back to the header.
        await page.Keyboard.PressAsync("Tab");
        Assert.That(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"), Is.True,
            "after the skip link, Tab continues in the main content");
        Assert.That(visit.Problems.All, Is.Empty);
    }

    [TestCase("/", ColorScheme.Light)]
    [TestCase(null, ColorScheme.Light)]
    [TestCase(null, ColorScheme.Dark)]
    [TestCase("/methods/", ColorScheme.Dark)]
    public async Task Every_Tab_stop_shows_where_the_focus_is(string? path, ColorScheme scheme)
    {
        path ??= AccessibilitySite.RichestDocumentPath();
        await using var visit = await OpenAsync(path, scheme);
        var page = visit.Page;
        var stops = await page.EvaluateAsync<int>("() => document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex=\"-1\"])').length");
        var invisible = new List<string>();
        var seen = new HashSet<string>();

        for (var i = 0; i < Math.Min(stops, 80); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<FocusStyle?>("""
                () => {
                  const e = document.activeElement;
                  if (!e || e === document.body) return null;
                  const s = getComputedStyle(e);
                  return { element: e.outerHTML.slice(0, 120), outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0, boxShadow: s.boxShadow };
                }
                """);
            if (focus is null) break;
            if (!seen.Add(focus.Element)) continue;
            var outlined = focus.OutlineStyle != "none" && focus.OutlineWidth >= 2;
            if (!outlined) invisible.Add($"{focus.Element} (outline {focus.OutlineStyle} {focus.OutlineWidth}px, box-shadow {focus.BoxShadow})");
        }

        Assert.That(seen.Count, Is.GreaterThan(5), "Tab moved through the page");
        Assert.That(invisible, Is.Empty, $"focused elements with no visible outline on {path} ({scheme})");
    }

    /// <summary>Filled by Playwright from the page's answer (it needs settable properties).</summary>
    private sealed class FocusStyle
    {
        public string Element { get; set; } = "";
        public string OutlineStyle { get; set; } = "";
        public double OutlineWidth { get; set; }
        public string BoxShadow { get; set; } = "";
    }
}
