using System.Text.Json;
using System.Xml.Linq;

namespace SdgArchive.SiteTests.Site;

/// <summary>Feed, sitemap, robots.txt and the open data files.</summary>
public class DataFileTests
{
    [Test]
    public void Documents_json_has_one_record_per_document_with_the_documented_fields()
    {
        using var json = JsonDocument.Parse(Sites.Seeds.Text("/api/documents.json"));
        var records = json.RootElement.EnumerateArray().ToList();
        Assert.That(records, Has.Count.EqualTo(5));
        var peru = records.Single(r => r.GetProperty("source").GetString() == "001_88e232e2251c7424.txt");
        foreach (var field in new[] { "slug", "url", "title", "source", "types", "year", "countries", "sdgs", "methods", "datasources", "thematic_areas", "points" })
            Assert.That(peru.TryGetProperty(field, out _), Is.True, field);
        Assert.That(peru.GetProperty("url").GetString(), Is.EqualTo("/documents/from-citizen-participation-to-citizen-action/"));
        Assert.That(peru.GetProperty("sdgs").EnumerateArray().Select(e => e.GetInt32()), Is.EqualTo(new[] { 13, 16, 17 }));
        var point = peru.GetProperty("points")[0];
        Assert.That(point[0].GetDouble(), Is.EqualTo(-9.154388480752162));
        Assert.That(point[1].GetDouble(), Is.EqualTo(-74.37806457210715));
        Assert.That(peru.GetProperty("year").GetInt32(), Is.EqualTo(2023));
    }

    [Test]
    public void Locations_geojson_is_an_rfc7946_feature_collection_with_lng_lat_order()
    {
        using var json = JsonDocument.Parse(Sites.Seeds.Text("/api/locations.geojson"));
        Assert.That(json.RootElement.GetProperty("type").GetString(), Is.EqualTo("FeatureCollection"));
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.That(features, Has.Count.EqualTo(2));
        var thailand = features.Single(f => f.GetProperty("properties").GetProperty("name").GetString() == "Thailand");
        var coordinates = thailand.GetProperty("geometry").GetProperty("coordinates");
        Assert.That(thailand.GetProperty("geometry").GetProperty("type").GetString(), Is.EqualTo("Point"));
        Assert.That(coordinates[0].GetDouble(), Is.EqualTo(101.00333335534482), "longitude first");
        Assert.That(coordinates[1].GetDouble(), Is.EqualTo(15.114399804213997));
        Assert.That(thailand.GetProperty("properties").GetProperty("count").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public void Atom_feed_lists_the_newest_documents_with_absolute_links()
    {
        var feed = XDocument.Parse(Sites.Seeds.Text("/feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        Assert.That(entries, Has.Count.EqualTo(5));
        Assert.That(entries[0].Element(atom + "title")!.Value, Is.EqualTo("From citizen participation to citizen action"));
        Assert.That(entries[0].Element(atom + "link")!.Attribute("href")!.Value, Is.EqualTo("https://sdg-archive.netlify.app/documents/from-citizen-participation-to-citizen-action/"));
        Assert.That(entries[0].Element(atom + "updated")!.Value, Is.EqualTo("2023-01-01T00:00:00Z"));
    }

    [Test]
    public void Sitemap_lists_every_page_and_robots_txt_points_to_it()
    {
        var sitemap = XDocument.Parse(Sites.Seeds.Text("/sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = sitemap.Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();
        var pages = Sites.Seeds.HtmlFiles.Where(f => Path.GetFileName(f) == "index.html").ToList();
        Assert.That(locations, Has.Count.EqualTo(pages.Count));
        Assert.That(locations, Does.Contain("https://sdg-archive.netlify.app/documents/from-citizen-participation-to-citizen-action/"));
        Assert.That(Sites.Seeds.Text("/robots.txt"), Does.Contain("Sitemap: https://sdg-archive.netlify.app/sitemap.xml"));
    }
}
