using SdgArchive.Build;
using SdgArchive.SiteTests.Support;
using static SdgArchive.SiteTests.Cache.WarmBuilds;

namespace SdgArchive.SiteTests.Cache;

/// <summary>
/// Each page records the interface strings it looked up (through the templates' <c>t</c>, <c>tn</c>… and the views
/// made in C#) and the settings it shows beyond the site-wide ones: editing a string or such a setting re-renders the
/// pages that read it, and the folder a warm build leaves is the one a cold build writes, byte for byte. Before, the
/// strings files and the whole of <c>site.json</c> were in the site-wide fingerprint: any edit re-rendered every page.
/// </summary>
[TestFixture]
public sealed class StringAndSettingDependencyTests
{
    /// <summary>The seeds with copies of the templates and the content folder the test may edit.</summary>
    private static CacheProject Project()
    {
        var project = new CacheProject { Templates = TempFolder.CopyOf(RepoPaths.Templates, "strings-templates") };
        TempFolder.CopyInto(RepoPaths.Seeds, project.Source);
        return project;
    }

    private static string English(CacheProject project) => Path.Combine(project.Templates, "i18n", "en.json");
    private static string Settings(CacheProject project) => Path.Combine(project.Content, "site.json");

    [Test]
    public void Editing_a_string_only_document_pages_show_re_renders_exactly_the_document_pages()
    {
        var project = Project();
        var first = project.Build();
        var always = AlwaysRendered(project);
        var documents = OfKind(Kinds(project, first), "document");
        Assert.That(documents, Has.Count.EqualTo(project.Index().Documents.Count));

        Edit(English(project), "\"About this document\"", "\"About this record\"");
        var warm = project.Build();

        Assert.That(Sorted(warm.RenderedUrls), Is.EqualTo(Sorted(always.Concat(documents))),
            "the document pages (the only ones showing document.about) and the pages never kept");
        Assert.That(Page(project, documents[0]), Does.Contain("About this record"));
        AssertLikeACold(project);
    }

    [Test]
    public void Editing_a_string_only_the_home_page_shows_re_renders_the_home_page_alone()
    {
        var project = Project();
        project.Build();
        var always = AlwaysRendered(project);
        var home = project.Index().Urls.Home;

        Edit(English(project), "\"Newest documents\"", "\"Latest documents\"");
        var warm = project.Build();

        Assert.That(Sorted(warm.RenderedUrls), Is.EqualTo(Sorted(always.Append(home))));
        Assert.That(Page(project, home), Does.Contain("Latest documents"));
        AssertLikeACold(project);
    }

    [Test]
    public void Editing_a_type_name_views_made_in_code_show_re_renders_the_pages_that_show_it_as_a_cold_build_would()
    {
        var project = Project();
        // The seeds are all learning plans: one becomes a blog.
        Edit(Directory.GetFiles(project.Source).Order(StringComparer.Ordinal).First(), "[[type:learningplan]]",
            "[[type:blog]]");
        var first = project.Build();
        AlwaysRendered(project);
        var index = project.Index();
        var blogs = index.Documents.Where(d => d.Source.Types.Contains("blog", StringComparer.OrdinalIgnoreCase))
            .Select(d => d.Url).ToList();
        Assert.That(blogs, Has.Count.EqualTo(1));

        Edit(English(project), "\"type.blog\": \"Blog\"", "\"type.blog\": \"Web log\"");
        var warm = project.Build();

        Assert.That(warm.RenderedUrls, Is.SupersetOf(blogs), "a blog's page names its type");
        Assert.That(warm.ReusedPages, Is.GreaterThan(0), "pages that show no blog are kept");
        Assert.That(Page(project, blogs[0]), Does.Contain("Web log"));
        Assert.That(warm.PageCount, Is.EqualTo(first.PageCount));
        AssertLikeACold(project);
    }

    [Test]
    public void Changing_the_source_url_setting_re_renders_exactly_the_document_pages()
    {
        var project = Project();
        var first = project.Build();
        var always = AlwaysRendered(project);
        var documents = OfKind(Kinds(project, first), "document");

        Edit(Settings(project), "https://github.com/sdg-archive/sdg-archive/blob/main/seeds/",
            "https://example.org/sources/");
        var warm = project.Build();

        Assert.That(Sorted(warm.RenderedUrls), Is.EqualTo(Sorted(always.Concat(documents))),
            "only document pages link their source file");
        Assert.That(Page(project, documents[0]), Does.Contain("https://example.org/sources/"));
        AssertLikeACold(project);
    }

    [Test]
    public void Changing_the_page_size_re_renders_listings_and_keeps_document_pages()
    {
        var project = Project();
        var first = project.Build();
        AlwaysRendered(project);
        var documents = OfKind(Kinds(project, first), "document");

        Edit(Settings(project), "\"pageSize\": 50", "\"pageSize\": 3");
        var warm = project.Build();

        Assert.That(warm.RenderedUrls.Intersect(documents), Is.Empty, "a document page shows no page of a listing");
        Assert.That(warm.PageCount, Is.GreaterThan(first.PageCount), "listings split into more pages");
        AssertLikeACold(project);
    }

    [Test]
    public void Changing_a_setting_no_page_shows_re_renders_nothing_kept()
    {
        var project = Project();
        project.Build();
        var always = AlwaysRendered(project);

        Edit(Settings(project), "\"SDG050\"", "\"SDG050\", \"SDG051\"");
        var warm = project.Build();

        Assert.That(Sorted(warm.RenderedUrls), Is.EqualTo(Sorted(always)),
            "warningsNotAsErrors decides whether --strict fails, not what a page shows");
        AssertLikeACold(project);
    }

    [Test]
    public void Changing_the_site_title_re_renders_every_page()
    {
        var project = Project();
        var first = project.Build();
        project.TouchContent();

        Edit(Settings(project), "\"title\": \"SDG Commons Archive\"", "\"title\": \"The Archive\"");
        var warm = project.Build();

        Assert.That(warm.ReusedPages, Is.Zero, "every page's layout shows the title");
        Assert.That(Sorted(warm.RenderedUrls), Is.EqualTo(Sorted(first.RenderedUrls)));
        AssertLikeACold(project);
    }
}
