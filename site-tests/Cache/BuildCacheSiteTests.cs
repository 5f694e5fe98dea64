using System.Text.Json;
using SdgArchive.Site;
using SdgArchive.SiteTests.Support;

namespace SdgArchive.SiteTests.Cache;

/// <summary>
/// The build cache as a user sees it: a rebuild with nothing changed renders no document or term page and writes the
/// same bytes as a cold build; a change re-renders exactly what shows it.
/// </summary>
[TestFixture]
public sealed class BuildCacheSiteTests
{
    private const int Documents = 60;

    [Test]
    public void A_no_change_rebuild_does_nothing_and_leaves_the_output_a_cold_build_makes()
    {
        var project = CacheProject.FromCorpus(Documents);
        var first = project.Build();
        Assert.That(first.ReusedPages, Is.Zero, "the first build has nothing to reuse");
        var written = File.GetLastWriteTimeUtc(Path.Combine(project.Output, "index.html"));

        var again = project.Build();
        var cold = TempFolder.Create("cache-cold");
        project.Build(o => o with { UseCache = false }, cold);

        Assert.That(CacheProject.Hashes(project.Output), Is.EqualTo(CacheProject.Hashes(cold)), "every file, byte for byte");
        Assert.That(again.RenderedPages, Is.Zero);
        Assert.That(again.ReusedPages, Is.EqualTo(first.PageCount));
        Assert.That(File.GetLastWriteTimeUtc(Path.Combine(project.Output, "index.html")), Is.EqualTo(written), "not even the home page is written again");
        Assert.That(again.Diagnostics.Sorted().Select(d => d.ToString()), Is.EqualTo(first.Diagnostics.Sorted().Select(d => d.ToString())), "it reports what the last build reported");

        File.Delete(Path.Combine(project.Output, "index.html"));
        Assert.That(project.Build().RenderedPages, Is.GreaterThan(0), "a damaged output folder is built again");
        Assert.That(CacheProject.Hashes(project.Output), Is.EqualTo(CacheProject.Hashes(cold)));
    }

    [Test]
    public void A_change_no_page_shows_reuses_every_page_and_is_byte_identical_to_a_cold_build()
    {
        var project = CacheProject.FromCorpus(Documents);
        project.Build();
        project.TouchContent();

        var again = project.Build();
        var cold = TempFolder.Create("cache-cold");
        project.Build(o => o with { UseCache = false }, cold);

        Assert.That(CacheProject.Hashes(project.Output), Is.EqualTo(CacheProject.Hashes(cold)), "every file, byte for byte");
        var index = project.Index();
        var termPages = index.Taxonomies.SelectMany(t => t.ByCount).Sum(t => (t.Count + index.Settings.PageSize - 1) / index.Settings.PageSize);
        // The home page, the search, map, about and taxonomy overview pages are keyed like the listings.
        Assert.That(again.ReusedPages,
            Is.EqualTo(Documents + termPages + BrowsePages(project.Output).Count + 1 + 3 + index.Taxonomies.Count));
        Assert.That(again.RenderedUrls, Is.Empty);
    }

    [Test]
    public void Editing_a_document_re_renders_its_page_its_listings_and_the_pages_that_show_its_summary_and_nothing_else()
    {
        var project = CacheProject.FromCorpus(Documents);
        project.Build();
        project.TouchContent();
        Assert.That(project.Build().RenderedUrls, Is.Empty, "no page shows the change");

        var before = project.Index();
        var edited = before.Documents.First(d => before.Documents.Any(o => before.Related(o).Contains(d)) && File.ReadAllText(project.FileOf(d)).Split("\n## ").Length > 2);
        var text = File.ReadAllText(project.FileOf(edited));
        var second = text.IndexOf("\n## ", text.IndexOf("\n## ", StringComparison.Ordinal) + 1, StringComparison.Ordinal);
        File.WriteAllText(project.FileOf(edited), text.Insert(second, "\n## Cache check\n\nA new first answer, so the excerpt in every listing of this document changes.\n"));

        var after = project.Build();

        var index = project.Index();
        var document = index.Documents.Single(d => d.Slug == edited.Slug);
        Assert.That(document.Excerpt, Does.StartWith("A new first answer"), "the edit changes the summary");
        var expected = new HashSet<string> { document.Url };
        foreach (var term in index.TermsOf(document))
        {
            var page = term.Documents.ToList().IndexOf(document) / index.Settings.PageSize + 1;
            expected.Add(index.Urls.Term(term.Taxonomy, term.Slug, page));
        }
        expected.UnionWith(index.Documents.Where(d => index.Related(d).Contains(document)).Select(d => d.Url));
        Assert.That(expected.Count, Is.GreaterThan(2));
        // The listings of /documents/ and /browse/ that show its card, and the home page when it does.
        expected.UnionWith(BrowsePages(project.Output).Append(index.Urls.Home)
            .Where(p => File.ReadAllText(Path.Combine(project.Output, index.Urls.FileFor(p)))
            .Contains($"href=\"{document.Url}\"", StringComparison.Ordinal)));

        Assert.That(after.RenderedUrls, Is.EquivalentTo(expected));
        Assert.That(File.ReadAllText(Path.Combine(project.Output, index.Urls.FileFor(document.Url))), Does.Contain("A new first answer"));
    }

    /// <summary>A template edit re-renders only the pages that ran it: <see cref="TemplateDependencyTests"/>.</summary>
    [Test]
    public void A_settings_change_or_no_cache_re_renders_every_page()
    {
        var project = CacheProject.FromCorpus(20);
        project.Build();
        project.TouchContent();
        Assert.That(project.Build().ReusedPages, Is.GreaterThan(20), "pages are cached");

        var settingsFile = Path.Combine(project.Content, "site.json");
        var settings = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(File.ReadAllText(settingsFile))!;
        settings["title"] = JsonSerializer.SerializeToElement("Renamed archive");
        File.WriteAllText(settingsFile, JsonSerializer.Serialize(settings));
        var afterSettings = project.Build();
        Assert.That(afterSettings.ReusedPages, Is.Zero);
        Assert.That(File.ReadAllText(Path.Combine(project.Output, "index.html")), Does.Contain("Renamed archive"));

        var noCache = project.Build(o => o with { UseCache = false });
        Assert.That(noCache.ReusedPages, Is.Zero);
        Assert.That(noCache.RenderedPages, Is.EqualTo(noCache.PageCount));
    }

    [Test]
    public void A_deleted_document_disappears_with_its_page_and_no_page_links_to_it()
    {
        var project = CacheProject.FromCorpus(Documents);
        project.Build();
        var before = project.Index();
        var deleted = before.Documents.First(d => before.Documents.Any(o => before.Related(o).Contains(d)));
        File.Delete(project.FileOf(deleted));

        var after = project.Build();

        Assert.That(File.Exists(Path.Combine(project.Output, before.Urls.FileFor(deleted.Url))), Is.False);
        Assert.That(after.Diagnostics.Sorted().Where(d => d.Code == "SDG030"), Is.Empty, "no reused page still links to it");
        Assert.That(File.ReadAllText(Path.Combine(project.Output, "sitemap.xml")), Does.Not.Contain(deleted.Url));
        Assert.That(after.ReusedPages, Is.GreaterThan(0));
    }

    [Test]
    public void A_reused_page_still_has_its_links_checked_and_its_warnings_reported()
    {
        var project = new CacheProject();
        File.WriteAllText(Path.Combine(project.Source, "a.md"), "[[type:blog]]\n# Page with a broken link\n\nSee [the missing page](/documents/does-not-exist/) and ![](missing-picture.png).\n");
        File.WriteAllText(Path.Combine(project.Source, "b.md"), "[[type:blog]]\n# Another page\n\nNothing to see here, just text for the excerpt.\n");
        var cold = project.Build();
        project.TouchContent();
        var warm = project.Build();

        Assert.That(warm.ReusedUrls, Does.Contain("/documents/page-with-a-broken-link/"));
        string[] Warnings(SdgArchive.Build.BuildResult r) => r.Diagnostics.Sorted().Where(d => d.Severity >= SdgArchive.Diagnostics.Severity.Warning).Select(d => d.ToString()).ToArray();
        Assert.That(Warnings(warm), Is.EqualTo(Warnings(cold)));
        Assert.That(Warnings(warm).Any(w => w.Contains("SDG030") && w.Contains("/documents/does-not-exist/")), Is.True, string.Join('\n', Warnings(warm)));
    }

    /// <summary>The URLs of the document listing's pages (<c>/documents/</c> and everything under <c>/browse/</c>).</summary>
    private static List<string> BrowsePages(string output) =>
        Directory.EnumerateFiles(Path.Combine(output, "browse"), "index.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(output, Path.GetDirectoryName(f)!).Replace('\\', '/') + "/")
            .Append("/documents/").ToList();
}
