using AngleSharp.Html.Parser;
using SdgArchive.Diagnostics;
using SdgArchive.Reading;
using SdgArchive.Search;

namespace SdgArchive.SiteTests.Search;

public class SearchMarkupTests
{
    [Test]
    public void Facets_carry_every_filter_value_escaped_and_sorted()
    {
        var document = ArchiveReader.ReadFolder(Path.Combine(SearchFixtureSite.RepositoryRoot(), "seeds"), new DiagnosticBag())
            .First(d => d.Sdgs.Count > 1);
        var html = SearchMarkup.DocumentFacets(document);

        var block = new HtmlParser().ParseDocument("<body>" + html).Body!.FirstElementChild!;
        Assert.That(block.HasAttribute("hidden") && block.HasAttribute("data-pagefind-ignore"), Is.True);
        var sdgs = block.QuerySelectorAll("[data-pagefind-filter='sdg']").Select(e => e.TextContent).ToList();
        Assert.That(sdgs, Is.EqualTo(document.Sdgs.Distinct().Order().Select(SearchMarkup.SdgFilterValue)));
        Assert.That(block.QuerySelector("[data-pagefind-meta='title']")!.TextContent, Is.EqualTo(document.Title.Display));
        Assert.That(block.QuerySelectorAll("[data-pagefind-filter='method']").Select(e => e.TextContent), Is.EquivalentTo(document.Methods.Distinct()));
    }

    [Test]
    public void Search_page_partial_has_no_inline_script_and_a_noscript_way_to_the_indexes()
    {
        var repository = SearchFixtureSite.RepositoryRoot();
        var html = SearchFixtureSite.RenderPartial(repository, "search-page.sbn",
            [new Dictionary<string, object> { ["title"] = "Types", ["url"] = "/archive/types/" }]);

        var page = new HtmlParser().ParseDocument("<body>" + html);
        var script = page.QuerySelector("script")!;
        Assert.That(script.GetAttribute("src"), Is.EqualTo("/archive/assets/search.js"));
        Assert.That(script.TextContent.Trim(), Is.Empty);
        Assert.That(page.QuerySelector("form")!.GetAttribute("action"), Is.EqualTo("/archive/search/"));
        Assert.That(html, Does.Contain("<noscript>").And.Contain("href=\"/archive/types/\""));
    }

    [Test]
    public void Header_box_is_a_get_form_to_the_search_page()
    {
        var html = SearchFixtureSite.RenderPartial(SearchFixtureSite.RepositoryRoot(), "search-box.sbn");

        var form = new HtmlParser().ParseDocument("<body>" + html).QuerySelector("form")!;
        Assert.That((form.GetAttribute("action"), form.GetAttribute("method")), Is.EqualTo(("/archive/search/", "get")));
        Assert.That(form.QuerySelector("input[type=search]")!.GetAttribute("name"), Is.EqualTo("q"));
    }
}
