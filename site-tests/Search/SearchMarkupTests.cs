using AngleSharp.Html.Parser;
using SdgArchive.Search;
using SdgArchive.Site;

namespace SdgArchive.SiteTests.Search;

public class SearchMarkupTests
{
    [Test]
    public void Record_carries_every_filter_value_and_the_labs_words_without_form_prompts_or_badges()
    {
        var site = SearchFixtureSite.Shared;
        var index = new SiteIndex(site.Documents, new SiteSettings().WithBaseUrl(SearchFixtureSite.BasePath));
        var document = index.Documents.First(d => d.Source.Sdgs.Count > 1 && d.Source.Methods.Count > 0);
        var answered = document.Source.Sections.SelectMany(s => s.Items).Where(i => i.IsAnswered && i.Prompt is not null).ToList();

        var record = SearchRecords.For(index).Single(r => r.Url == $"/documents/{document.Slug}/");

        Assert.That(record.Filters["sdg"], Is.EqualTo(document.Source.Sdgs.Distinct().Order().Select(SearchRecords.SdgFilterValue)));
        Assert.That(record.Filters["method"], Is.EquivalentTo(document.Source.Methods.Distinct()));
        Assert.That(record.Meta["title"], Is.EqualTo(document.Title));
        Assert.That(record.Content, Does.StartWith(document.Title));
        Assert.That(answered, Is.Not.Empty);
        Assert.That(answered.Select(i => i.Prompt!.Trim()).Where(p => p.Length > 20), Has.None.Matches<string>(p => record.Content.Contains(p)),
            "the form's questions are not indexed: every document has them, and they crowded the result excerpts");
        var page = new HtmlParser().ParseDocument(site.Html($"documents/{document.Slug}/index.html"));
        Assert.That(page.QuerySelectorAll("[data-pagefind-filter], [data-pagefind-body]"), Is.Empty,
            "pages carry no search markup: pagefind no longer reads them");
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
