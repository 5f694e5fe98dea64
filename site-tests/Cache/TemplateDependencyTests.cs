using System.Text.RegularExpressions;
using SdgArchive.Build;
using SdgArchive.Serve;
using SdgArchive.SiteTests.Support;
using static SdgArchive.SiteTests.Cache.WarmBuilds;

namespace SdgArchive.SiteTests.Cache;

/// <summary>
/// Each page records the templates it ran (its own, the layout, every partial it included, the card partial behind
/// <c>card</c>) and the assets it linked through <c>asset</c>: editing one re-renders exactly the pages that read it,
/// and the folder a warm build (or serve) leaves is the one a cold build writes, byte for byte.
/// </summary>
[TestFixture]
public sealed class TemplateDependencyTests
{
    /// <summary>The seeds with a copy of the templates the test may edit.</summary>
    private static CacheProject Project()
    {
        var project = new CacheProject { Templates = TempFolder.CopyOf(RepoPaths.Templates, "dep-templates") };
        TempFolder.CopyInto(RepoPaths.Seeds, project.Source);
        return project;
    }

    [Test]
    public void Editing_a_partial_only_document_pages_include_re_renders_exactly_the_document_pages()
    {
        var project = Project();
        var first = project.Build();
        var always = AlwaysRendered(project);
        var kinds = Kinds(project, first);
        var documents = kinds.Where(k => k.Value == "document").Select(k => k.Key).ToList();
        Assert.That(documents, Has.Count.EqualTo(project.Index().Documents.Count));
        Assert.That(always.Intersect(documents), Is.Empty,
            "document pages are kept by the cache when nothing they show changed");

        Edit(Path.Combine(project.Templates, "partials", "term-links.sbn"),
            "class=\"tag-list\"", "class=\"tag-list tags\"");
        var warm = project.Build();

        Assert.That(Sorted(warm.RenderedUrls), Is.EqualTo(Sorted(always.Concat(documents))),
            "the document pages (the only ones including term-links.sbn) and the pages never kept");
        Assert.That(warm.ReusedPages, Is.EqualTo(first.PageCount - warm.RenderedPages));
        var page = File.ReadAllText(Path.Combine(project.Output, project.Index().Urls.FileFor(documents[0])));
        Assert.That(page, Does.Contain("class=\"tag-list tags\""));
        AssertLikeACold(project);
    }

    [Test]
    public void Editing_the_term_page_template_re_renders_exactly_the_term_pages()
    {
        var project = Project();
        var first = project.Build();
        var always = AlwaysRendered(project);
        var terms = Kinds(project, first).Where(k => k.Value == "term").Select(k => k.Key).ToList();
        Assert.That(terms, Has.Count.GreaterThan(10));

        File.AppendAllText(Path.Combine(project.Templates, "pages", "term.sbn"),
            "\n<p class=\"term-note\">A note.</p>\n");
        var warm = project.Build();

        Assert.That(Sorted(warm.RenderedUrls), Is.EqualTo(Sorted(always.Concat(terms))));
        AssertLikeACold(project);
    }

    [Test]
    public void Editing_the_layout_re_renders_every_page()
    {
        var project = Project();
        var first = project.Build();
        project.TouchContent();
        Edit(Path.Combine(project.Templates, "layouts", "base.sbn"), "<body class=", "<body data-edited=\"1\" class=");
        var warm = project.Build();

        Assert.That(warm.ReusedPages, Is.Zero);
        Assert.That(Sorted(warm.RenderedUrls), Is.EqualTo(Sorted(first.RenderedUrls)));
        AssertLikeACold(project);
    }

    [Test]
    public void Editing_the_footer_drawn_once_for_the_site_re_renders_every_page_and_each_shows_the_edit()
    {
        var project = Project();
        var first = project.Build();
        project.TouchContent();
        // The layout draws the footer once per site (site_part) and every page reuses that markup.
        Edit(Path.Combine(project.Templates, "partials", "site-footer.sbn"), "<p>", "<p class=\"edited-footer\">");
        var warm = project.Build();

        Assert.That(warm.ReusedPages, Is.Zero, "every page shows the footer");
        Assert.That(Sorted(warm.RenderedUrls), Is.EqualTo(Sorted(first.RenderedUrls)));
        foreach (var url in first.RenderedUrls.Take(20))
        {
            var page = File.ReadAllText(Path.Combine(project.Output, project.Index().Urls.FileFor(url)));
            Assert.That(page, Does.Contain("<p class=\"edited-footer\">"), url);
            Assert.That(Regex.Count(page, "<footer class=\"site-footer\">"), Is.EqualTo(1), url);
        }
        AssertLikeACold(project);
    }

    [Test]
    public void A_partial_newly_included_is_recorded_and_its_edits_re_render_the_pages_that_include_it()
    {
        var project = Project();
        var first = project.Build();
        var always = AlwaysRendered(project);
        var terms = Kinds(project, first).Where(k => k.Value == "term").Select(k => k.Key).ToList();

        var extra = Path.Combine(project.Templates, "partials", "term-extra.sbn");
        File.WriteAllText(extra, "<p class=\"term-extra\">First words.</p>\n");
        File.AppendAllText(Path.Combine(project.Templates, "pages", "term.sbn"),
            "\n{{ include 'partials/term-extra.sbn' }}\n");
        Assert.That(Sorted(project.Build().RenderedUrls), Is.EqualTo(Sorted(always.Concat(terms))),
            "the pages whose template now includes it");

        // Only the new partial changes: the term pages recorded reading it.
        Edit(extra, "First words.", "Other words.");
        var warm = project.Build();
        Assert.That(Sorted(warm.RenderedUrls), Is.EqualTo(Sorted(always.Concat(terms))));
        var page = File.ReadAllText(Path.Combine(project.Output, project.Index().Urls.FileFor(terms[0])));
        Assert.That(page, Does.Contain("Other words.").And.Not.Contain("First words."));
        AssertLikeACold(project);
    }

    [Test]
    public void Editing_a_script_only_the_search_page_links_re_renders_the_search_page_alone()
    {
        var project = Project();
        project.Build();
        AlwaysRendered(project);

        File.AppendAllText(Path.Combine(project.Templates, "assets", "search.js"), "\n// edited\n");
        var warm = project.Build();

        Assert.That(warm.RenderedUrls, Is.EqualTo(new[] { project.Index().Urls.Search }));
        AssertLikeACold(project);
    }

    [Test]
    public void Editing_an_asset_the_layout_links_re_renders_every_page()
    {
        var project = Project();
        var first = project.Build();
        project.TouchContent();

        Edit(Path.Combine(project.Templates, "assets", "favicon.svg"), "</svg>", "<!-- edited --></svg>");
        var warm = project.Build();

        Assert.That(warm.ReusedPages, Is.Zero, "every page links the icon by a URL made from its content");
        Assert.That(Sorted(warm.RenderedUrls), Is.EqualTo(Sorted(first.RenderedUrls)));
        AssertLikeACold(project);
    }

    [Test]
    public async Task A_template_edit_during_serve_re_renders_the_pages_that_ran_it_as_a_cold_build_would()
    {
        var project = Project();
        using var serve = project.ServeBuilder();
        var started = await serve.BuildAsync(null, CancellationToken.None);
        Assert.That(started.Succeeded, Is.True, string.Join('\n', started.Diagnostics));
        var kinds = Kinds(project, serve.LastResult!);
        var documents = kinds.Where(k => k.Value == "document").Select(k => k.Key).ToList();
        var terms = kinds.Where(k => k.Value == "term").Select(k => k.Key).ToList();

        var partial = Path.Combine(project.Templates, "partials", "term-links.sbn");
        Edit(partial, "class=\"tag-list\"", "class=\"tag-list tags\"");
        var changes = new ChangeSet(
            [new FileChange(ChangeKind.TemplateChanged, WatchArea.Templates, partial, "term-links.sbn")]);
        var edited = await serve.BuildAsync(changes, CancellationToken.None);

        Assert.That(edited.Succeeded, Is.True, string.Join('\n', edited.Diagnostics));
        var rendered = serve.LastResult!.RenderedUrls;
        Assert.That(rendered, Is.SupersetOf(documents));
        Assert.That(rendered.Intersect(terms), Is.Empty, "term pages do not include the partial: kept");
        var page = File.ReadAllText(Path.Combine(project.Output, project.Index().Urls.FileFor(documents[0])));
        Assert.That(page, Does.Contain("class=\"tag-list tags\""));
        AssertLikeACold(project);
    }
}
