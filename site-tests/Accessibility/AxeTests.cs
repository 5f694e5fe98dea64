using Microsoft.Playwright;

namespace SdgArchive.SiteTests.Accessibility;

/// <summary>
/// axe-core in headless Chromium on every kind of page the site makes, in the light and dark colour schemes, on a
/// desktop and on a phone: no serious or critical violation. One browser for all cases; each case is a fresh context
/// (about a second).
/// </summary>
[NonParallelizable]
public class AxeTests : BrowserFixture
{
    /// <summary>A page type: its name, how to find its address in the built site, and what to wait for.</summary>
    /// <summary>
    /// <paramref name="OverHttp"/>: served by a real HTTP server (search fetches its index from a worker, which
    /// request interception does not answer).
    /// </summary>
    public sealed record PageType(string Name, Func<string> Path, string? ReadySelector = null,
        bool WithCollections = false, bool OverHttp = false)
    {
        public override string ToString() => Name;
    }

    private static IEnumerable<PageType> Types() =>
    [
        new("home", () => "/"),
        new("document", AccessibilitySite.RichestDocumentPath),
        new("story", () => AccessibilitySite.DocumentOfType("story") ?? AccessibilitySite.RichestDocumentPath()),
        new("documents", () => "/documents/"),
        new("facet page", () => "/browse/types/learning-plan/title/"),
        new("SDG index", () => "/sdgs/"),
        new("goal term", () => AccessibilitySite.FirstTermPath("sdgs")),
        new("tag index with filter box", () => "/methods/"),
        new("small tag index", () => "/types/"),
        new("term", () => "/methods/solutions-mapping/"),
        new("countries by region", () => "/countries/"),
        new("country term with map", () => AccessibilitySite.FirstTermPath("countries")),
        new("languages", () => "/languages/"),
        new("map", () => "/map/", "#world-map[data-ready='true']"),
        new("search results", () => "/search/?q=climate", ".search-result", OverHttp: true),
        new("404", () => "/404.html"),
        new("content page", () => "/about/"),
        new("collections index", () => "/collections/", WithCollections: true),
        new("collection", () => "/collections/curated/", WithCollections: true),
    ];

    public static IEnumerable<TestCaseData> Pages()
    {
        foreach (var type in Types())
        foreach (var phone in new[] { false, true })
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            yield return new TestCaseData(type, scheme, phone)
                .SetArgDisplayNames(type.Name, scheme.ToString().ToLowerInvariant(), phone ? "phone" : "desktop");
    }

    [OneTimeSetUp]
    public void Start()
    {
        Axe.Require();
        _ = AccessibilitySite.Site;
    }

    [TestCaseSource(nameof(Pages))]
    public async Task Has_no_serious_or_critical_violation(PageType type, ColorScheme scheme, bool phone)
    {
        var site = type.WithCollections ? AccessibilitySite.WithCollections : AccessibilitySite.Site;
        var path = type.Path();
        using var server = type.OverHttp ? new BrowserSiteServer(site.Output) : null;
        await using var visit = await Browser.NewVisitAsync(new()
        {
            ColorScheme = scheme,
            ViewportSize = phone ? Viewports.Phone : Viewports.Desktop,
            IsMobile = phone,
            HasTouch = phone,
            BypassCSP = true, // only so the axe script tag may be added; the CSP itself is checked by the screenshot tests
        }, server is null ? AccessibilitySite.RoutesOf(site) : null);
        await visit.GotoAsync(server is null ? AccessibilitySite.Url(path) : server.BaseUrl + path.TrimStart('/'));
        if (type.ReadySelector is { } ready)
            await visit.Page.Locator(ready).First
                .WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 10_000 });

        var violations = await Axe.RunAsync(visit.Page);

        TestContext.Out.WriteLine($"{path}: {violations.Count} violation(s) in all");
        foreach (var violation in violations) TestContext.Out.WriteLine(violation.ToString());
        var serious = violations.Where(v => v.IsSeriousOrCritical).ToList();
        Assert.That(serious, Is.Empty,
            $"{type.Name} {path} ({scheme}, {(phone ? "phone" : "desktop")}):\n" + string.Join("\n", serious));
        Assert.That(visit.Problems.PageErrors, Is.Empty);
    }
}
