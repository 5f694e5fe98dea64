using Microsoft.Playwright;

namespace SdgArchive.SiteTests.Accessibility;

/// <summary>
/// axe-core in headless Chromium on each kind of page of the seeds site, in the light and dark colour schemes and on a
/// phone: no serious or critical violation.
/// </summary>
[NonParallelizable]
public class AxeTests : BrowserFixture
{

    public static IEnumerable<TestCaseData> Pages()
    {
        var pages = new (string Name, string? Path)[]
        {
            ("home", "/"),
            ("document", null),
            ("tag index", "/methods/"),
            ("term", "/methods/solutions-mapping/"),
            ("SDG index", "/sdgs/"),
            ("map", "/map/"),
            ("documents", "/documents/"),
            ("facet page", "/browse/types/learning-plan/title/"),
            ("countries", "/countries/"),
        };
        foreach (var (name, path) in pages)
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            yield return new TestCaseData(name, path, scheme, false).SetArgDisplayNames(name, scheme.ToString().ToLowerInvariant(), "desktop");
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            yield return new TestCaseData("document", null, scheme, true).SetArgDisplayNames("document", scheme.ToString().ToLowerInvariant(), "phone");
            yield return new TestCaseData("home", "/", scheme, true).SetArgDisplayNames("home", scheme.ToString().ToLowerInvariant(), "phone");
            yield return new TestCaseData("documents", "/documents/", scheme, true).SetArgDisplayNames("documents", scheme.ToString().ToLowerInvariant(), "phone");
            yield return new TestCaseData("SDG index", "/sdgs/", scheme, true).SetArgDisplayNames("SDG index", scheme.ToString().ToLowerInvariant(), "phone");
            yield return new TestCaseData("map", "/map/", scheme, true).SetArgDisplayNames("map", scheme.ToString().ToLowerInvariant(), "phone");
        }
    }

    [OneTimeSetUp]
    public void Start()
    {
        Axe.Require();
        _ = AccessibilitySite.Site;
    }

    [TestCaseSource(nameof(Pages))]
    public async Task Has_no_serious_or_critical_violation(string name, string? path, ColorScheme scheme, bool phone)
    {
        path ??= AccessibilitySite.RichestDocumentPath();
        await using var visit = await Browser.NewVisitAsync(new()
        {
            ColorScheme = scheme,
            ViewportSize = phone ? Viewports.Phone : Viewports.Desktop,
            IsMobile = phone,
            HasTouch = phone,
            BypassCSP = true, // only so the axe script tag may be added; the CSP itself is checked by the screenshot tests
        }, AccessibilitySite.Routes);
        await visit.GotoAsync(AccessibilitySite.Url(path));
        if (name == "map") await visit.Page.WaitForSelectorAsync("#world-map[data-ready='true']", new() { Timeout = 5000 });

        var violations = await Axe.RunAsync(visit.Page);

        TestContext.Out.WriteLine($"{path}: {violations.Count} violation(s) in all");
        foreach (var violation in violations) TestContext.Out.WriteLine(violation.ToString());
        var serious = violations.Where(v => v.IsSeriousOrCritical).ToList();
        Assert.That(serious, Is.Empty, $"{name} {path} ({scheme}, {(phone ? "phone" : "desktop")}):\n" + string.Join("\n", serious));
        Assert.That(visit.Problems.PageErrors, Is.Empty);
    }
}
