using AngleSharp.Html.Parser;
using SdgArchive.Map;

namespace SdgArchive.SiteTests.Map;

/// <summary>The map page as a reader without JavaScript gets it: markers are links, the tables carry the same numbers.</summary>
public class MapPageTests
{
    private static AngleSharp.Html.Dom.IHtmlDocument Page() => new HtmlParser().ParseDocument(File.ReadAllText(MapPreviewFixture.PagePath));

    [Test]
    public void One_marker_per_location_with_its_count_and_link()
    {
        var page = Page();
        var markers = page.QuerySelectorAll("svg a.map-marker");
        var expected = MapPreviewFixture.Model.Locations;
        Assert.That(markers, Has.Length.EqualTo(expected.Count));
        Assert.That(expected, Has.Count.GreaterThan(50), "the corpus carries many points");
        var byLabel = markers.Select(m => (Label: m.GetAttribute("aria-label"), Href: m.GetAttribute("href"))).ToList();
        Assert.That(byLabel, Is.EquivalentTo(expected.Select(l => ((string?)
            $"{l.Name}{(l.Uncertain ? " (location uncertain)" : "")}: {(l.Count == 1 ? "1 document" : l.Count + " documents")}",
            (string?)l.Url))));
        // The archive's Fiji point lies in the Coral Sea (SDG050): drawn apart and labelled, never passed off as real.
        var fiji = page.QuerySelector("a.map-marker[data-name='Fiji']");
        Assert.That(fiji?.GetAttribute("aria-label"), Does.Match(@"^Fiji \(location uncertain\): \d+ documents$"));
        Assert.That(fiji!.ClassList, Does.Contain("map-uncertain"));
        Assert.That(page.QuerySelectorAll("a.map-marker.map-uncertain").Select(m => m.GetAttribute("data-name")),
            Is.EquivalentTo(expected.Where(l => l.Uncertain).Select(l => l.Name)));
        Assert.That(page.QuerySelectorAll("#map-places tr").Where(r => r.QuerySelector(".map-note") is not null)
            .Select(r => r.QuerySelector("th a")!.TextContent), Is.EquivalentTo(new[] { "Fiji", "Malaysia" }),
            "the places table says which points are uncertain");
    }

    [Test]
    public void The_tables_list_every_country_and_place_with_the_same_counts()
    {
        var page = Page();
        var countries = page.QuerySelectorAll("#map-countries tbody tr")
            .Select(r => (Name: r.QuerySelector("th a")!.TextContent, Count: int.Parse(r.QuerySelector("td.map-count")!.TextContent))).ToList();
        Assert.That(countries, Is.EquivalentTo(MapPreviewFixture.Model.Countries.Select(c => (c.Name, c.Count))));
        var places = page.QuerySelectorAll("#map-places tbody tr")
            .Select(r => (Href: r.QuerySelector("th a")!.GetAttribute("href"), Count: int.Parse(r.QuerySelector("td.map-count")!.TextContent))).ToList();
        Assert.That(places, Is.EquivalentTo(MapPreviewFixture.Model.Locations.Select(l => ((string?)l.Url, l.Count))));
        // Every link a marker offers is also in the tables, for readers who do not use the picture.
        var tableLinks = page.QuerySelectorAll(".map-table a").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.That(page.QuerySelectorAll("a.map-marker").Select(a => a.GetAttribute("href")).Distinct(), Is.SubsetOf(tableLinks));
    }

    [Test]
    public void Without_script_the_list_beside_the_map_shows_the_newest_documents_and_links_to_every_one()
    {
        var page = Page();
        var items = page.QuerySelectorAll(".map-docs-list li").ToList();
        var expected = MapPreviewFixture.Model.Locations.SelectMany(l => l.Documents)
            .Concat(MapPreviewFixture.Model.Countries.SelectMany(c => c.Documents)).DistinctBy(d => d.Url).ToList();
        var newest = expected.OrderByDescending(d => d.Year ?? 0).Take(WorldMapPage.ListLimit).Min(d => d.Year ?? 0);
        var hrefs = items.Select(li => li.QuerySelector("a")!.GetAttribute("href")).ToList();
        Assert.That(hrefs, Has.Count.EqualTo(WorldMapPage.ListLimit).And.SubsetOf(expected.Select(d => d.Url)));
        Assert.That(expected.Where(d => (d.Year ?? 0) > newest).Select(d => d.Url), Is.SubsetOf(hrefs), "the newest ones");
        var years = hrefs.Select(h => expected.First(d => d.Url == h).Year ?? 0).ToList();
        Assert.That(years, Is.Ordered.Descending, "newest first");
        Assert.That(page.QuerySelector(".map-docs-count")?.TextContent, Is.EqualTo($"{expected.Count} documents"));
        Assert.That(page.QuerySelector(".map-docs-partial")?.TextContent,
            Is.EqualTo($"Showing {WorldMapPage.ListLimit} of {expected.Count}. Browse every document"));
        Assert.That(page.QuerySelector(".map-docs-partial a")?.GetAttribute("href"), Is.EqualTo("../documents/"));
        // The rest is published next to the page for the script: every document once, newest first.
        using var list = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(
            Path.Combine(Path.GetDirectoryName(MapPreviewFixture.PagePath)!, MapDataJson.ListFile)));
        var listed = list.RootElement.EnumerateArray().Select(e => e[2].GetString()).ToList();
        Assert.That(listed, Is.EquivalentTo(expected.Select(d => d.Url)));
        Assert.That(listed.Take(WorldMapPage.ListLimit), Is.EqualTo(hrefs), "the page's items come first, in the same order");
        Assert.That(items.Select(li => li.QuerySelector(".map-doc-meta")?.TextContent), Has.Some.EqualTo("Learning plan · 2024"),
            "each item names its type as people do");
        // The list is the map's data: each item's index points at its own document in the data block.
        Assert.That(items.Select(li => li.GetAttribute("data-d")).Distinct().Count(), Is.EqualTo(items.Count));
    }

    [Test]
    public void No_inline_script_and_nothing_loaded_from_elsewhere()
    {
        var page = Page();
        foreach (var script in page.Scripts)
            Assert.That(script.Source is { Length: > 0 } || script.Type == "application/json", $"inline executable script: {script.OuterHtml[..Math.Min(80, script.OuterHtml.Length)]}");
        Assert.That(page.QuerySelectorAll("[style]"), Is.Empty, "style attributes need 'unsafe-inline'");
        Assert.That(page.QuerySelectorAll("[src],[href]").Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")),
            Has.None.Match("^(https?:)?//"), "no request leaves the site");
        Assert.That(page.QuerySelector(".map-credit")?.TextContent, Does.Contain("Natural Earth"));
    }
}
