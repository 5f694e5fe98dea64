using AngleSharp.Html.Parser;
using SdgArchive.Search;

namespace SdgArchive.SiteTests.Search;

public class SearchMarkupTests
{
    [Test]
    public void Document_page_carries_every_filter_value_inside_its_indexed_body()
    {
        var site = SearchFixtureSite.Shared;
        var document = site.Documents.First(d => d.Sdgs.Count > 1 && d.Methods.Count > 0);
        var page = new HtmlParser().ParseDocument(site.Html($"documents/{document.Slug}/index.html"));

        var body = page.QuerySelectorAll("[data-pagefind-body]");
        Assert.That(body, Has.Length.EqualTo(1), "one indexed region per page");
        var sdgs = body[0].QuerySelectorAll("[data-pagefind-filter='sdg']").Select(e => e.TextContent).ToList();
        Assert.That(sdgs, Is.EqualTo(document.Sdgs.Distinct().Order().Select(SearchMarkup.SdgFilterValue)));
        Assert.That(body[0].QuerySelectorAll("[data-pagefind-filter='method']").Select(e => e.TextContent), Is.EquivalentTo(document.Methods.Distinct()));
        Assert.That(body[0].QuerySelectorAll("[data-pagefind-meta='title']").Single().TextContent, Is.EqualTo(document.Title.Display));
        Assert.That(page.QuerySelector("header.site-header")!.GetAttribute("data-pagefind-ignore"), Is.EqualTo("all"));
    }

    [Test]
    public void Search_page_has_no_inline_script_and_a_noscript_way_to_the_indexes()
    {
        var page = new HtmlParser().ParseDocument(SearchFixtureSite.Shared.Html("search/index.html"));

        var module = page.QuerySelectorAll("script").Single(s => s.GetAttribute("type") == "module");
        Assert.That(module.GetAttribute("src"), Does.Match(@"^/archive/assets/search\.[0-9a-f]+\.js$"));
        Assert.That(page.QuerySelectorAll("script").All(s => s.TextContent.Trim().Length == 0), Is.True, "no inline script");
        Assert.That(page.QuerySelector("#search form")!.GetAttribute("action"), Is.EqualTo("/archive/search/"));
        var noscript = new HtmlParser().ParseDocument("<body>" + page.QuerySelector("noscript")!.InnerHtml);
        Assert.That(noscript.QuerySelectorAll("a").Select(a => a.GetAttribute("href")), Has.Some.StartsWith("/archive/").And.Not.Empty);
    }

    [Test]
    public void Every_page_has_the_header_search_box_sending_q_to_the_search_page()
    {
        var page = new HtmlParser().ParseDocument(SearchFixtureSite.Shared.Html("index.html"));

        var form = page.QuerySelector("header form.search-box")!;
        Assert.That((form.GetAttribute("action"), form.GetAttribute("method")), Is.EqualTo(("/archive/search/", "get")));
        Assert.That(form.QuerySelector("input[type=search]")!.GetAttribute("name"), Is.EqualTo("q"));
    }
}
