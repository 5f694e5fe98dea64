using System.Text.Json;
using AngleSharp.Html.Parser;
using SdgArchive.Map;

namespace SdgArchive.SiteTests.Map;

/// <summary>The map as the real build writes it, under a base path, checked against <c>/api/locations.geojson</c>.</summary>
[NonParallelizable]
public class MapSiteTests
{
    private const string Base = Sites.ArchiveBasePath;
    private static readonly Lazy<string> Corpus = new(() => MapSites.Corpus.Output);

    private static string FileFor(string site, string url)
    {
        Assert.That(url, Does.StartWith(Base), $"{url} honours the base path");
        var path = url[Base.Length..];
        return Path.Combine(site, path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path);
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string file) => new HtmlParser().ParseDocument(File.ReadAllText(file));

    [Test]
    public void Every_geojson_location_has_one_marker_with_its_count_and_a_working_link()
    {
        var site = Corpus.Value;
        using var geo = JsonDocument.Parse(File.ReadAllText(Path.Combine(site, "api/locations.geojson")));
        // A point far from any land (SDG050: the archive's Fiji in the Coral Sea) says so in its label.
        var checks = new PointChecks(MapFixtures.Detailed);
        var features = geo.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => (Props: f.GetProperty("properties"), At: f.GetProperty("geometry").GetProperty("coordinates")))
            .Select(f => (Name: f.Props.GetProperty("name").GetString()!, Count: f.Props.GetProperty("count").GetInt32(),
                Lost: checks.IsLostAtSea(new LonLat(f.At[0].GetDouble(), f.At[1].GetDouble())))).ToList();
        var page = Parse(Path.Combine(site, "map/index.html"));
        var markers = page.QuerySelectorAll("svg a.map-marker").ToList();

        Assert.That(markers, Has.Count.EqualTo(features.Count));
        Assert.That(features.Where(f => f.Lost).Select(f => f.Name), Does.Contain("Fiji"));
        Assert.That(markers.Select(m => m.GetAttribute("aria-label")),
            Is.EquivalentTo(features.Select(f =>
                $"{f.Name}{(f.Lost ? " (location uncertain)" : "")}: {(f.Count == 1 ? "1 document" : f.Count + " documents")}")));
        Assert.That(markers.Where(m => m.ClassList.Contains("map-uncertain")).Count(), Is.EqualTo(features.Count(f => f.Lost)),
            "every point lost at sea is drawn apart");
        Assert.That(page.QuerySelector(".map-key-uncertain")?.ParentElement?.TextContent, Does.Contain("location uncertain"),
            "the legend explains the hollow markers");
        foreach (var href in markers.Select(m => m.GetAttribute("href")!).Distinct())
            Assert.That(File.Exists(FileFor(site, href)), $"marker link {href} leads to a page");
        foreach (var href in page.QuerySelectorAll("svg a.map-country").Select(a => a.GetAttribute("href")!))
            Assert.That(File.Exists(FileFor(site, href)), $"country link {href} leads to a page");
        foreach (var asset in page.QuerySelectorAll("script[src], link[rel=stylesheet]").Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")!))
            Assert.That(File.Exists(FileFor(site, asset)), $"{asset} is in the site");
    }

    [Test]
    public void The_no_script_tables_match_the_geojson()
    {
        var site = Corpus.Value;
        using var geo = JsonDocument.Parse(File.ReadAllText(Path.Combine(site, "api/locations.geojson")));
        var features = geo.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties"))
            .Select(p => (p.GetProperty("name").GetString(), p.GetProperty("count").GetInt32())).ToList();
        var page = Parse(Path.Combine(site, "map/index.html"));
        var rows = page.QuerySelectorAll("#map-places tbody tr")
            .Select(r => (r.QuerySelector("th a")!.TextContent, int.Parse(r.QuerySelector(".map-count")!.TextContent))).ToList();
        Assert.That(rows, Is.EquivalentTo(features));
        var countryRows = page.QuerySelectorAll("#map-countries tbody tr").ToList();
        Assert.That(countryRows, Is.Not.Empty);
        Assert.That(countryRows.Select(r => r.QuerySelector("th a")!.GetAttribute("href")), Has.All.StartWith(Base + "countries/"));
    }

    [Test]
    public void The_list_beside_the_map_links_every_document_and_its_rest_is_published_next_to_the_page()
    {
        var site = MapSites.Corpus;
        var page = site.Page(Base + "map/");
        var browse = page.QuerySelector(".map-docs-partial a")?.GetAttribute("href");
        Assert.That(browse, Is.EqualTo(Base + "documents/"));
        Assert.That(site.Exists(browse!), "the page of every document exists");
        Assert.That(page.QuerySelector(".map-docs-scroll")?.GetAttribute("data-list"), Is.EqualTo(Base + "map/documents.json"));
        using var list = JsonDocument.Parse(File.ReadAllBytes(site.FileOf(Base + "map/documents.json")));
        var urls = list.RootElement.EnumerateArray().Select(e => e[2].GetString()!).ToList();
        Assert.That(urls, Is.Unique);
        Assert.That(urls, Has.All.Matches<string>(u => site.Exists(u)), "each listed document has its page");
        Assert.That(page.QuerySelectorAll(".map-docs-list a").Select(a => a.GetAttribute("href")),
            Is.EqualTo(urls.Take(WorldMapPage.ListLimit)));
    }

    [Test]
    public void Document_and_country_pages_carry_a_locator_map()
    {
        var site = Corpus.Value;
        var page = Parse(Path.Combine(site, "map/index.html"));
        var fijiCountry = page.QuerySelectorAll("#map-countries tbody tr th a").First(a => a.TextContent == "Fiji").GetAttribute("href")!;
        var countryPage = Parse(FileFor(site, fijiCountry));
        Assert.That(countryPage.QuerySelector("svg.locator-map")?.GetAttribute("aria-label"), Is.EqualTo("Locator map: Fiji"));

        using var geo = JsonDocument.Parse(File.ReadAllText(Path.Combine(site, "api/locations.geojson")));
        var docUrl = geo.RootElement.GetProperty("features")[0].GetProperty("properties").GetProperty("documents")[0].GetProperty("url").GetString()!;
        Assert.That(Parse(FileFor(site, docUrl)).QuerySelector("svg.locator-map circle"), Is.Not.Null, "the document's point is drawn");
    }

    [Test]
    public void The_seed_map_shows_thailand_and_peru()
    {
        var labels = Parse(Path.Combine(Sites.DeployedSeedsUnderArchive.Output, "map/index.html")).QuerySelectorAll("a.map-marker").Select(m => m.GetAttribute("aria-label")).ToList();
        Assert.That(labels, Has.Some.StartWith("Thailand: ").And.Some.StartWith("Peru: "));
    }
}
