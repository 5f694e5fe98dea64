using Microsoft.Playwright;
using SdgArchive.SiteTests.Accessibility;

namespace SdgArchive.SiteTests.Map;

/// <summary>
/// The map for fingers (WCAG 2.5.8), measured in Chromium on a 390 px phone: every marker or group a reader can tap
/// is at least 24 × 24 CSS px, no two overlap, nothing covers one, and every place is in exactly one of them; a
/// group zooms in when tapped. On the seeds and on the 400 shared corpus pages (built under a base path).
/// </summary>
[NonParallelizable]
public class MapTargetTests : BrowserFixture
{
    private const double MinTarget = 24;

    /// <summary>A tap target as measured on the page (Playwright fills the properties).</summary>
    public sealed class Target
    {
        public string Kind { get; set; } = "";
        public string Label { get; set; } = "";
        public double X { get; set; }
        public double Y { get; set; }
        public double W { get; set; }
        public double H { get; set; }
        public int Places { get; set; }
        public bool Hit { get; set; }
    }

    public static IEnumerable<TestCaseData> SiteNames() => [new("seeds"), new("corpus")];

    private static (BuiltSite Site, string BasePath) SiteOf(string name) =>
        name == "seeds" ? (Sites.Seeds, "/") : (MapSites.Corpus, Sites.ArchiveBasePath);

    internal static async Task<BrowserVisit> OpenAsync(BrowserSession browser, BuiltSite site, string basePath,
        string hash = "", bool phone = true)
    {
        var routes = new BrowserSiteRoutes(site.Output, basePath: basePath);
        var visit = await browser.NewVisitAsync(new()
        {
            ViewportSize = phone ? Viewports.Phone : Viewports.Desktop, IsMobile = phone, HasTouch = phone,
        }, routes);
        await visit.GotoAsync(routes.BaseUrl + "map/" + hash);
        await visit.Page.WaitForSelectorAsync("#world-map[data-ready='true']", new() { Timeout = 10000 });
        return visit;
    }

    /// <summary>
    /// Every marker or group drawn and inside the map's frame, with its box on the page and whether the point at its
    /// centre belongs to it (nothing else on top).
    /// </summary>
    internal static Task<Target[]> TargetsAsync(IPage page) => page.EvaluateAsync<Target[]>("""
        () => {
          const frame = document.querySelector('.map-frame').getBoundingClientRect();
          return [...document.querySelectorAll('#world-map a.map-marker, #world-map g.map-cluster')]
            .filter(e => e.getAttribute('display') !== 'none')
            .map(e => {
              const r = e.getBoundingClientRect();
              const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
              const inside = cx >= frame.left && cx <= frame.right && cy >= frame.top && cy <= frame.bottom;
              const at = inside ? document.elementFromPoint(cx, cy) : null;
              return {
                kind: e.matches('g.map-cluster') ? 'group' : 'marker', label: e.getAttribute('aria-label'),
                x: r.left, y: r.top, w: r.width, h: r.height, inside,
                places: e.matches('g.map-cluster') ? +e.getAttribute('data-places') : 1,
                hit: !!at && at.closest('a.map-marker, g.map-cluster') === e
              };
            })
            .filter(t => t.inside);
        }
        """);

    internal static void AssertTapTargets(IReadOnlyList<Target> targets, string where, bool someInView = true)
    {
        if (someInView) Assert.That(targets, Is.Not.Empty, where);
        foreach (var t in targets)
        {
            Assert.That(Math.Min(t.W, t.H), Is.GreaterThanOrEqualTo(MinTarget - 0.01),
                $"{where}: {t.Label} is {t.W:0.#}×{t.H:0.#} px");
            Assert.That(t.Hit, Is.True, $"{where}: something covers the centre of {t.Label}");
        }
        for (var i = 0; i < targets.Count; i++)
            for (var j = i + 1; j < targets.Count; j++)
            {
                var (a, b) = (targets[i], targets[j]);
                var overlapW = Math.Min(a.X + a.W, b.X + b.W) - Math.Max(a.X, b.X);
                var overlapH = Math.Min(a.Y + a.H, b.Y + b.H) - Math.Max(a.Y, b.Y);
                Assert.That(overlapW <= 0.01 || overlapH <= 0.01,
                    $"{where}: {a.Label} and {b.Label} overlap by {overlapW:0.#}×{overlapH:0.#} px");
            }
    }

    [TestCaseSource(nameof(SiteNames))]
    public async Task On_a_phone_every_place_is_a_target_of_at_least_24_px_and_none_overlaps(string name)
    {
        var (site, basePath) = SiteOf(name);
        await using var visit = await OpenAsync(Browser, site, basePath);
        var page = visit.Page;
        var places = int.Parse((await page.GetAttributeAsync("#world-map", "data-visible-markers"))!,
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(places, Is.EqualTo(await page.Locator("a.map-marker").CountAsync()),
            "unfiltered, every place has documents");

        var world = await TargetsAsync(page);
        TestContext.Out.WriteLine($"{name}, world view at 390 px: {places} places in {world.Length} targets " +
            $"({world.Count(t => t.Kind == "group")} groups); smallest {world.Min(t => Math.Min(t.W, t.H)):0.#} px");
        AssertTapTargets(world, $"{name}, world view");
        Assert.That(world.Sum(t => t.Places), Is.EqualTo(places), "each place is in exactly one target");
        await BrowserScreenshots.AttachAsync(page, $"map-phone-{name}.png");

        // Tapping a group zooms in on its places: the view narrows and the group comes apart.
        if (world.FirstOrDefault(t => t.Kind == "group") is { } group)
        {
            var before = await page.GetAttributeAsync("svg.map-svg", "viewBox");
            await page.Touchscreen.TapAsync((float)(group.X + group.W / 2), (float)(group.Y + group.H / 2));
            Assert.That(await page.GetAttributeAsync("svg.map-svg", "viewBox"), Is.Not.EqualTo(before),
                "the tap zooms in");
            var zoomed = await TargetsAsync(page);
            AssertTapTargets(zoomed, $"{name}, after tapping {group.Label}");
            Assert.That(zoomed.Where(t => t.Kind == "group" && t.Label == group.Label), Is.Empty,
                "the group came apart");
            await BrowserScreenshots.AttachAsync(page, $"map-phone-{name}-zoomed.png");
        }

        // Zoomed in by the buttons (on the middle of the world: a few places or none in view), targets stay at least
        // 24 px and apart.
        await page.ClickAsync("button[data-zoom='reset']");
        for (var i = 0; i < 3; i++) await page.ClickAsync("button[data-zoom='in']");
        AssertTapTargets(await TargetsAsync(page), $"{name}, zoomed in 4×", someInView: false);
        Assert.That(visit.Problems.All, Is.Empty);
    }

    [Test]
    public async Task Places_no_zoom_can_part_are_listed_as_links_that_lead_to_their_pages()
    {
        // The corpus has two points for South Africa 0.02 map units apart: no zoom separates them.
        var site = MapSites.Corpus;
        await using var visit = await OpenAsync(Browser, site, Sites.ArchiveBasePath, phone: false);
        var page = visit.Page;
        var list = page.Locator(".map-group-list");
        for (var i = 0; i < 12 && !await list.IsVisibleAsync(); i++)
        {
            var group = page.Locator("g.map-cluster:not([display=none])[aria-label*='South Africa']").First;
            await group.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
        }
        await Assertions.Expect(list).ToBeVisibleAsync();
        var links = await list.Locator("a")
            .EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.That(links, Has.Length.GreaterThanOrEqualTo(2));
        foreach (var href in links)
        {
            Assert.That(href, Does.StartWith(Sites.ArchiveBasePath).And.Not.Contain("#").And.Not.Contain("undefined"));
            Assert.That(site.Exists(href), $"{href} leads to a page");
        }
        Assert.That(await page.EvaluateAsync<bool>("() => document.activeElement.closest('.map-group-list') !== null"),
            "focus moves into the list");
        var sizes = await list.Locator("a")
            .EvaluateAllAsync<double[]>("links => links.map(a => a.getBoundingClientRect().height)");
        Assert.That(sizes, Has.All.GreaterThanOrEqualTo(MinTarget), "each link is a 24 px target");
        await BrowserScreenshots.AttachAsync(page, "map-group-list.png");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(list).ToBeHiddenAsync();
        Assert.That(visit.Problems.All, Is.Empty);
    }
}
