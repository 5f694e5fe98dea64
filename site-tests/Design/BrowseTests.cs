using AngleSharp.Dom;

namespace SdgArchive.SiteTests.Design;

/// <summary>/documents/: every document, paginated, in three orders, filtered by facet pages, all without JavaScript.</summary>
public class BrowseTests
{
    private static List<string> Titles(IDocument page) => page.QuerySelectorAll(".browse-results .card-title a").Select(a => a.TextContent).ToList();

    /// <summary>Follows the "next" links from a first page and collects every title.</summary>
    private static List<string> AllTitles(BuiltSite site, string url)
    {
        var titles = new List<string>();
        for (var guard = 0; url is not null && guard < 100; guard++)
        {
            var page = site.Page(url);
            titles.AddRange(Titles(page));
            url = page.QuerySelector(".pagination a[rel=next]")?.GetAttribute("href")!;
        }
        return titles;
    }

    [Test]
    public void Documents_lists_every_document_once_across_its_pages_newest_first()
    {
        var site = Sites.Fixtures; // page size 2
        var all = AllTitles(site, "/documents/");
        var count = site.Result.DocumentCount;
        Assert.That(all, Has.Count.EqualTo(count));
        Assert.That(all, Is.Unique);
        Assert.That(site.Page("/documents/").QuerySelector("[data-browse-count]")!.TextContent, Does.StartWith($"{count} documents, page 1 of {(count + 1) / 2}"));
        Assert.That(site.Page("/").QuerySelector("nav.site-nav a[href='/documents/']"), Is.Not.Null, "in the main menu");
    }

    [Test]
    public void The_title_order_is_alphabetical_and_the_oldest_order_reverses_years()
    {
        var site = Sites.Fixtures;
        var first = site.Page("/documents/");
        var sorts = first.QuerySelectorAll("nav.sorts a").ToDictionary(a => a.TextContent, a => a.GetAttribute("href")!);
        Assert.That(first.QuerySelector("nav.sorts [aria-current=page]")!.TextContent, Is.EqualTo("Newest first"));
        var byTitle = AllTitles(site, sorts["Title A–Z"]);
        Assert.That(byTitle, Is.Ordered.Using((IComparer<string>)StringComparer.OrdinalIgnoreCase));
        Assert.That(byTitle, Is.EquivalentTo(AllTitles(site, "/documents/")));
        var years = AllYears(site, sorts["Oldest first"]);
        Assert.That(years, Is.Ordered, "oldest first");
        Assert.That(AllYears(site, "/documents/"), Is.Ordered.Descending, "newest first");
    }

    private static List<int> AllYears(BuiltSite site, string url)
    {
        var years = new List<int>();
        for (var guard = 0; url is not null && guard < 100; guard++)
        {
            var page = site.Page(url);
            years.AddRange(page.QuerySelectorAll(".browse-results .card").Select(c => c.QuerySelector(".card-facts")?.TextContent ?? "")
                .Select(f => f.Split(" · ")[^1]).Where(y => int.TryParse(y, out _)).Select(int.Parse));
            url = page.QuerySelector(".pagination a[rel=next]")?.GetAttribute("href")!;
        }
        return years;
    }

    [TestCase("Type")]
    [TestCase("Year")]
    [TestCase("Goal")]
    [TestCase("Country")]
    public void Each_facet_value_links_to_a_page_of_exactly_its_documents(string facet)
    {
        var site = Sites.Seeds;
        var details = site.Page("/documents/").QuerySelectorAll("details.facet").Single(d => d.GetAttribute("data-label") == facet);
        var values = details.QuerySelectorAll("a[data-value]").ToList();
        Assert.That(values, Is.Not.Empty);
        foreach (var value in values)
        {
            var expected = int.Parse(value.QuerySelector(".count")!.TextContent);
            var page = site.Page(value.GetAttribute("href")!);
            var name = value.FirstChild!.TextContent.Trim();
            Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo($"{facet}: {name}"));
            Assert.That(AllTitles(site, value.GetAttribute("href")!), Has.Count.EqualTo(expected), value.GetAttribute("href"));
            Assert.That(page.QuerySelector($"details[data-label='{facet}'] a[aria-current=page]")?.GetAttribute("data-value"),
                Is.EqualTo(value.GetAttribute("data-value")), "the chosen value is marked");
            Assert.That(page.QuerySelector("a.clear-filter")!.GetAttribute("href"), Is.EqualTo("/documents/"));
        }
    }

    [Test]
    public void Listing_pages_stay_bounded_and_all_their_links_resolve()
    {
        var site = Sites.Seeds;
        var pages = Directory.EnumerateFiles(Path.Combine(site.Output, "browse"), "index.html", SearchOption.AllDirectories).Count() + 1;
        var facetTerms = site.Page("/documents/").QuerySelectorAll("details.facet a[data-value]").Length;
        // Three orders of the whole list and of each facet value, one page each at five documents.
        Assert.That(pages, Is.EqualTo(3 * (1 + facetTerms)));
        Assert.That(site.Diagnostics, Does.Not.Contain("SDG030"), "no broken link");
    }

    [Test]
    public void Cards_show_type_colour_class_goals_in_number_order_and_tags_with_a_count_of_the_rest()
    {
        var page = Sites.Seeds.Page("/documents/");
        var cards = page.QuerySelectorAll(".browse-results .card").ToList();
        Assert.That(cards, Has.Count.EqualTo(5));
        foreach (var card in cards)
        {
            Assert.That(card.ClassList, Has.Some.Match("^type-[a-z0-9-]+$"));
            var goals = card.QuerySelectorAll(".sdg-chip").Select(g => int.Parse(g.TextContent.Replace("Goal", "").Trim())).ToList();
            Assert.That(goals, Is.Ordered);
            Assert.That(card.QuerySelectorAll(".card-tags .tag"), Has.Length.LessThanOrEqualTo(3));
        }
        var more = cards.Select(c => c.QuerySelector(".more-tags")).Where(m => m is not null).ToList();
        Assert.That(more, Is.Not.Empty, "a seed has more than three tags");
    }
}
