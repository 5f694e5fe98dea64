using Microsoft.Playwright;

namespace SdgArchive.SiteTests.Accessibility;

/// <summary>
/// The home, a document and the tag pages as a visitor sees them, on a desktop and a phone, served under the deployed
/// CSP: screenshots are kept as test attachments (for a person to look at), and what can be measured is asserted:
/// nothing runs wider than the screen, and the page loads with no console error, CSP violation or missing file.
/// </summary>
[NonParallelizable]
public class PageLookTests : BrowserFixture
{

    public static IEnumerable<TestCaseData> Pages()
    {
        var pages = new (string Name, string? Path)[]
        {
            ("home", "/"), ("document", null), ("tag index", "/methods/"), ("term", "/methods/solutions-mapping/"),
            ("documents", "/documents/"), ("SDG index", "/sdgs/"),
        };
        foreach (var (name, path) in pages)
        {
            yield return new TestCaseData(name, path, ColorScheme.Light, false).SetArgDisplayNames(name, "light", "desktop");
            yield return new TestCaseData(name, path, ColorScheme.Light, true).SetArgDisplayNames(name, "light", "phone");
            yield return new TestCaseData(name, path, ColorScheme.Dark, true).SetArgDisplayNames(name, "dark", "phone");
        }
        yield return new TestCaseData("document", null, ColorScheme.Dark, false).SetArgDisplayNames("document", "dark", "desktop");
        yield return new TestCaseData("home", "/", ColorScheme.Dark, false).SetArgDisplayNames("home", "dark", "desktop");
        yield return new TestCaseData("map", "/map/", ColorScheme.Dark, false).SetArgDisplayNames("map", "dark", "desktop");
        yield return new TestCaseData("map", "/map/", ColorScheme.Light, true).SetArgDisplayNames("map", "light", "phone");
    }

    [OneTimeSetUp]
    public void BuildSite() => _ = AccessibilitySite.Site;

    /// <summary>Block boxes and pictures in main wider than the box that holds them, unless that box scrolls or clips on purpose.</summary>
    private const string SpillingOutOfTheirBox = """
        () => [...document.querySelectorAll('main *')]
          .filter(e => (getComputedStyle(e).display !== 'inline' || ['svg', 'img', 'video', 'canvas'].includes(e.localName)) && !e.closest('.visually-hidden'))
          .filter(e => {
            const parent = e.parentElement, style = getComputedStyle(parent);
            if (style.overflowX !== 'visible' || getComputedStyle(parent).display === 'inline') return false;
            const r = e.getBoundingClientRect(), p = parent.getBoundingClientRect();
            return r.width > 0 && r.right > p.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth) + 1;
          })
          .map(e => `${e.tagName.toLowerCase()}.${String(e.getAttribute('class') || '').split(' ').join('.')} is ${Math.round(e.getBoundingClientRect().width)}px in a ${Math.round(e.parentElement.clientWidth)}px ${e.parentElement.tagName.toLowerCase()}`)
        """;

    [TestCaseSource(nameof(Pages))]
    public async Task Fits_the_screen_and_loads_cleanly(string name, string? path, ColorScheme scheme, bool phone)
    {
        path ??= AccessibilitySite.RichestDocumentPath();
        var viewport = phone ? Viewports.Phone : Viewports.Desktop;
        await using var visit = await Browser.NewVisitAsync(new() { ColorScheme = scheme, ViewportSize = viewport, IsMobile = phone, HasTouch = phone },
            AccessibilitySite.Routes);
        var response = await visit.GotoAsync(AccessibilitySite.Url(path));
        Assert.That(response?.Status, Is.EqualTo(200), path);
        if (name == "map") await visit.Page.WaitForSelectorAsync("#world-map[data-ready='true']", new() { Timeout = 5000 });

        await BrowserScreenshots.AttachAsync(visit.Page, $"{name}-{scheme}-{(phone ? "phone" : "desktop")}".ToLowerInvariant(), fullPage: true);

        var overflowing = await visit.Page.EvaluateAsync<string[]>("""
            () => {
              const width = document.documentElement.clientWidth;
              return [...document.querySelectorAll('body *')]
                .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > width + 1 && !e.closest('.visually-hidden, .skip-link'); })
                .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= width + 1 || e.parentElement === document.body)
                .map(e => `${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''} ends at ${Math.round(e.getBoundingClientRect().right)}px: ${(e.textContent || '').trim().slice(0, 60)}`);
            }
            """);
        Assert.That(overflowing, Is.Empty, $"{path} is wider than the {viewport.Width}px screen");
        var spilling = await visit.Page.EvaluateAsync<string[]>(SpillingOutOfTheirBox);
        Assert.That(spilling, Is.Empty, $"{path}: boxes that run over their column (and over their neighbours)");
        Assert.That(await visit.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), Is.LessThanOrEqualTo(viewport.Width),
            "no sideways scrolling");
        Assert.That(visit.Problems.All, Is.Empty, $"{path} under the deployed headers");
    }
}
