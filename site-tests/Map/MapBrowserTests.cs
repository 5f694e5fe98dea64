using Microsoft.Playwright;
using SdgArchive.Map;

namespace SdgArchive.SiteTests.Map;

/// <summary>
/// The map in Debian's Chromium (never a downloaded browser). Files are served through request interception from
/// the preview folder with the deployed headers, so the page runs under its real CSP with no server and no network.
/// </summary>
[NonParallelizable]
public class MapBrowserTests : BrowserFixture
{
    private const string Origin = "http://map.test";
    private readonly List<BrowserVisit> _visits = [];

    [TearDown]
    public async Task CloseVisits()
    {
        foreach (var visit in _visits) await visit.DisposeAsync();
        _visits.Clear();
    }

    private async Task<(IPage Page, BrowserProblems Errors)> OpenMap(string hash = "")
    {
        var visit = await Browser.NewVisitAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } },
            new BrowserSiteRoutes(MapPreviewFixture.Folder, Origin));
        _visits.Add(visit);
        await visit.GotoAsync($"{Origin}/map/{hash}");
        await visit.Page.WaitForSelectorAsync("#world-map[data-ready='true']", new() { Timeout = 5000 });
        return (visit.Page, visit.Problems);
    }

    // Places with documents under the filters, drawn alone or inside a group (the script counts them).
    private static async Task<int> VisibleMarkers(IPage page) =>
        int.Parse((await page.GetAttributeAsync("#world-map", "data-visible-markers"))!, System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public async Task Loads_without_console_errors_and_zooms()
    {
        var (page, errors) = await OpenMap();
        var before = await page.GetAttributeAsync("svg.map-svg", "viewBox");
        await page.ClickAsync("button[data-zoom='in']");
        var afterButton = await page.GetAttributeAsync("svg.map-svg", "viewBox");
        Assert.That(afterButton, Is.Not.EqualTo(before), "the zoom button changes the view");

        var box = (await page.Locator("svg.map-svg").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + box.Width * 0.55f, box.Y + box.Height * 0.35f);
        await page.Mouse.WheelAsync(0, -400);
        var afterWheel = await page.GetAttributeAsync("svg.map-svg", "viewBox");
        Assert.That(Width(afterWheel), Is.LessThan(Width(afterButton)), "the wheel zooms further in");

        await page.Keyboard.PressAsync("Escape");
        await page.FocusAsync(".map-frame");
        await page.Keyboard.PressAsync("0");
        Assert.That(await page.GetAttributeAsync("svg.map-svg", "viewBox"), Is.EqualTo(before), "0 resets the view from the keyboard");
        await Screenshot(page, "map-loaded.png");
        Assert.That(errors.All, Is.Empty);
    }

    [Test]
    public async Task A_filter_changes_the_markers_and_lives_in_the_url()
    {
        var (page, errors) = await OpenMap();
        var all = await VisibleMarkers(page);
        Assert.That(all, Is.EqualTo(MapPreviewFixture.Model.Locations.Count));

        // The rarest type leaves fewer places on the map.
        var rare = MapPreviewFixture.Model.Locations.SelectMany(l => l.Documents).DistinctBy(d => d.Url)
            .SelectMany(d => d.Types).GroupBy(t => t).OrderBy(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        await page.SelectOptionAsync("select[name=type]", rare);
        var filtered = await VisibleMarkers(page);
        var expected = MapPreviewFixture.Model.Locations.Count(l => l.Documents.Any(d => d.Types.Contains(rare)));
        Assert.That(filtered, Is.EqualTo(expected).And.LessThan(all));
        Assert.That(page.Url, Does.EndWith($"#type={Uri.EscapeDataString(rare)}"));
        Assert.That(await page.TextContentAsync(".map-status"), Does.Contain("match the filters"));
        // The list beside the map shows exactly the documents of that type, and says how many.
        var matching = MapPreviewFixture.Model.Locations.SelectMany(l => l.Documents)
            .Concat(MapPreviewFixture.Model.Countries.SelectMany(c => c.Documents))
            .Where(d => d.Types.Contains(rare)).Select(d => d.Url).Distinct().ToList();
        Assert.That(await AllListedAsync(page), Is.EquivalentTo(matching));
        Assert.That(await page.TextContentAsync(".map-docs-count"), Is.EqualTo(matching.Count == 1 ? "1 document" : $"{matching.Count} documents"));
        await Screenshot(page, "map-filtered.png");

        // A year range narrows it further; the reset button brings every document back.
        var documents = MapPreviewFixture.Model.Locations.SelectMany(l => l.Documents)
            .Concat(MapPreviewFixture.Model.Countries.SelectMany(c => c.Documents)).DistinctBy(d => d.Url).ToList();
        // The latest start year that still keeps more documents than the page lists at first.
        var from = documents.Where(d => d.Year is not null).Select(d => d.Year!.Value).Distinct().OrderDescending()
            .First(y => documents.Count(d => d.Year >= y) > WorldMapPage.ListLimit);
        await page.SelectOptionAsync("select[name=type]", "");
        await page.FillAsync("input[name=from]", from.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var recent = documents.Where(d => d.Year >= from).Select(d => d.Url).ToList();
        Assert.That(recent, Has.Count.LessThan(documents.Count), "the year range leaves some out");
        Assert.That(recent, Has.Count.GreaterThan(WorldMapPage.ListLimit), "more than the page lists at first");
        Assert.That(await ListedAsync(page), Has.Length.EqualTo(WorldMapPage.ListLimit));
        Assert.That(await AllListedAsync(page), Is.EquivalentTo(recent), "\"show more\" brings the rest");
        await page.ClickAsync("button[type=reset]");
        await page.WaitForFunctionAsync("() => location.hash === ''");
        Assert.That(await ListedAsync(page), Has.Length.EqualTo(await page.Locator(".map-docs-list li").CountAsync()));
        await page.SelectOptionAsync("select[name=type]", rare);

        // The shared URL opens with the same filter.
        var (shared, sharedErrors) = await OpenMap($"#type={Uri.EscapeDataString(rare)}");
        Assert.That(await VisibleMarkers(shared), Is.EqualTo(expected));
        Assert.That(await shared.InputValueAsync("select[name=type]"), Is.EqualTo(rare));
        Assert.That(errors.All.Concat(sharedErrors.All), Is.Empty);
    }

    [Test]
    public async Task Keyboard_focus_on_a_marker_shows_its_tooltip()
    {
        var (page, errors) = await OpenMap();
        // Tab from the last country link lands on the first marker drawn alone (the others are in groups).
        await page.FocusAsync("a.map-country:last-of-type");
        await page.Keyboard.PressAsync("Tab");
        var focusedLabel = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label')");
        var firstAlone = await page.EvaluateAsync<int>(
            "() => +document.querySelector('a.map-marker:not([display=none])').getAttribute('data-loc')");
        var first = MapPreviewFixture.Model.Locations[firstAlone];
        Assert.That(focusedLabel, Does.StartWith(first.Name + ":"));
        var tooltip = page.Locator(".map-tooltip");
        await Assertions.Expect(tooltip).ToBeVisibleAsync();
        Assert.That(await tooltip.TextContentAsync(), Does.Contain(first.Name).And.Contain(first.Documents[0].Title));
        Assert.That(await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-describedby')"), Is.EqualTo("map-tooltip"));
        await Screenshot(page, "map-tooltip.png");
        await page.Keyboard.PressAsync("Tab");
        Assert.That(await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('class')"), Is.EqualTo("map-marker"), "Tab goes on to the next place");
        Assert.That(errors.All, Is.Empty);
    }

    /// <summary>The list's documents after "show more" was pressed until it shows every one that matches.</summary>
    internal static async Task<string[]> AllListedAsync(IPage page)
    {
        for (var i = 0; i < 100; i++)
        {
            // The rest of a long list is fetched when first needed: wait for it to arrive.
            await page.WaitForFunctionAsync("() => document.getElementById('world-map').getAttribute('data-list') !== 'loading'");
            if (!await page.Locator(".map-docs-more").IsVisibleAsync()) break;
            await page.ClickAsync(".map-docs-more");
        }
        Assert.That(await page.GetAttributeAsync("#world-map", "data-list"), Is.Not.EqualTo("failed"));
        return await ListedAsync(page);
    }

    private static Task<string[]> ListedAsync(IPage page) => page.EvaluateAsync<string[]>(
        "() => [...document.querySelectorAll('.map-docs-list li')].filter(li => !li.hidden).map(li => li.querySelector('a').getAttribute('href'))");

    private static double Width(string? viewBox) => double.Parse(viewBox!.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);

    private static Task Screenshot(IPage page, string name) => BrowserScreenshots.AttachAsync(page, name);
}
