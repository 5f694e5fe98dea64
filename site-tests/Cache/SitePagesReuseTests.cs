using System.Globalization;
using System.Text.RegularExpressions;
using SdgArchive.Site;
using SdgArchive.SiteTests.Support;

namespace SdgArchive.SiteTests.Cache;

/// <summary>
/// The pages every build used to render (search, map, taxonomy overviews, content pages, 404) and the data files
/// (documents.json, the CSV, locations, feed, browse.json, the map's list, sitemap, robots.txt) go through the page
/// cache too: an edit re-makes them only when something they show changed, and the warm folder is a cold build's.
/// </summary>
[TestFixture]
public sealed class SitePagesReuseTests
{
    private const int Documents = 60;

    /// <summary>The data files, by their place in the output.</summary>
    private static IReadOnlyList<string> DataFiles(SiteIndex index) =>
    [
        .. new[]
        {
            index.Urls.DocumentsJson, index.Urls.DocumentsCsv, index.Urls.LocationsGeoJson, index.Urls.Feed,
            index.Urls.BrowseJson, index.Urls.Sitemap, SdgArchive.Map.SiteMaps.ListUrl(index.Urls.Map),
        }.Select(index.Urls.FileFor),
        "robots.txt",
    ];

    private static Dictionary<string, DateTime> WriteTimes(string folder, IEnumerable<string> files) =>
        files.ToDictionary(f => f, f => File.GetLastWriteTimeUtc(Path.Combine(folder, f)), StringComparer.Ordinal);

    private static void AssertLikeACold(CacheProject project)
    {
        var cold = TempFolder.Create("site-pages-cold");
        project.Build(o => o with { UseCache = false }, cold);
        Assert.That(CacheProject.Hashes(project.Output), Is.EqualTo(CacheProject.Hashes(cold)),
            "every file, byte for byte");
    }

    /// <summary>The search, map, about and taxonomy overview pages.</summary>
    private static List<string> SitePages(SiteIndex index) =>
        [index.Urls.Search, index.Urls.Map, index.Urls.About, .. index.Taxonomies.Select(t => t.Url)];

    [Test]
    public void A_body_edit_that_changes_no_card_renders_its_page_alone_and_reuses_the_site_pages_and_data_files()
    {
        var project = CacheProject.FromCorpus(Documents);
        project.Build();
        var before = project.Index();
        var edited = before.Documents.First(d => d.Language == "en" && d.Source.AllPoints.Any());
        var kept = DataFiles(before).Append("404.html").ToList();
        var written = WriteTimes(project.Output, kept);

        File.AppendAllText(project.FileOf(edited), "\n\nA closing paragraph that only this document's page shows.\n");
        var warm = project.Build();

        var after = project.Index();
        var document = after.Documents.Single(d => d.Slug == edited.Slug);
        Assert.That(document.Excerpt, Is.EqualTo(edited.Excerpt), "the edit changes no card");
        Assert.That(warm.RenderedUrls, Is.EqualTo(new[] { document.Url }), "its own page, and no other");
        Assert.That(warm.ReusedUrls, Is.SupersetOf(SitePages(after)));
        Assert.That(WriteTimes(project.Output, kept), Is.EqualTo(written),
            "the not-found page and the data files are linked from the last output, not written again");
        Assert.That(File.ReadAllText(Path.Combine(project.Output, after.Urls.FileFor(document.Url))),
            Does.Contain("A closing paragraph that only this document"));
        AssertLikeACold(project);
    }

    [Test]
    public void An_edit_that_moves_a_point_renders_the_map_page_again_and_rewrites_the_files_listing_points()
    {
        var project = CacheProject.FromCorpus(Documents);
        project.Build();
        var before = project.Index();
        var edited = before.Documents.First(d => File.ReadAllText(project.FileOf(d)).Contains("[[latlng:"));
        var map = Path.Combine(project.Output, before.Urls.FileFor(before.Urls.Map));
        var mapBefore = File.ReadAllText(map);

        var text = File.ReadAllText(project.FileOf(edited));
        string Moved(Match m) => string.Create(CultureInfo.InvariantCulture,
            $"[[latlng:{double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 0.25:0.####},"
            + $"{m.Groups[2].Value}]]");
        var moved = Regex.Replace(text, @"\[\[latlng:(-?[\d.]+),(-?[\d.]+)\]\]", Moved, RegexOptions.None,
            TimeSpan.FromSeconds(1));
        Assert.That(moved, Is.Not.EqualTo(text));
        File.WriteAllText(project.FileOf(edited), moved);
        var warm = project.Build();

        var after = project.Index();
        Assert.That(warm.RenderedUrls, Does.Contain(after.Urls.Map), "the map shows the point");
        Assert.That(File.ReadAllText(map), Is.Not.EqualTo(mapBefore));
        Assert.That(warm.ReusedUrls, Is.SupersetOf(SitePages(after).Where(u => u != after.Urls.Map)),
            "no other site page shows points");
        AssertLikeACold(project);
    }

    [Test]
    public void A_content_page_edit_renders_that_page_alone_and_its_links_are_still_checked_when_it_is_reused()
    {
        var project = CacheProject.FromCorpus(Documents);
        project.Build();
        var before = project.Index();
        var linked = before.Documents[^1];
        File.AppendAllText(Path.Combine(project.Content, "about.md"),
            $"\nOne of the documents: [{linked.Title}]({linked.Url}).\n");

        var edited = project.Build();
        Assert.That(edited.RenderedUrls, Is.EqualTo(new[] { before.Urls.About }));
        Assert.That(File.ReadAllText(Path.Combine(project.Output, before.Urls.FileFor(before.Urls.About))),
            Does.Contain($"href=\"{linked.Url}\""));
        AssertLikeACold(project);

        // The about page shows the same words after the document is gone: it is reused, and its link reported broken
        // as a cold build reports it.
        File.Delete(project.FileOf(linked));
        var deleted = project.Build();
        Assert.That(deleted.ReusedUrls, Does.Contain(before.Urls.About));
        Assert.That(deleted.Diagnostics.Sorted().Where(d => d.Code == "SDG030").Select(d => d.Message),
            Has.Some.Contain(linked.Url));
        AssertLikeACold(project);
    }
}
