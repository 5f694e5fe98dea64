namespace SdgArchive.SiteTests.Site;

/// <summary>Home, taxonomy overviews, term pages and pagination.</summary>
public class ListingPageTests
{
    [Test]
    public void Home_shows_counts_newest_documents_and_a_way_into_every_taxonomy_and_the_map()
    {
        var home = Sites.Seeds.Page("/");
        var stats = home.QuerySelector(".stats")!.TextContent;
        Assert.That(stats, Does.Contain("5").And.Contain("documents"));
        Assert.That(stats, Does.Contain("2").And.Contain("countries"));
        var hrefs = home.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToHashSet();
        foreach (var segment in new[] { "sdgs", "types", "countries", "years", "methods", "data-sources", "thematic-areas", "map" })
            Assert.That(hrefs, Does.Contain($"/{segment}/"), segment);
        var newest = home.QuerySelectorAll("#newest-title ~ .document-list h3 a").Select(a => a.TextContent).ToList();
        Assert.That(newest, Has.Count.EqualTo(5));
        Assert.That(newest[0], Is.EqualTo("From citizen participation to citizen action"), "2023 is newer than 2022");
    }

    [Test]
    public void Every_document_is_reachable_from_the_home_page()
    {
        var site = Sites.Seeds;
        var seen = new HashSet<string>();
        var queue = new Queue<string>(["/"]);
        while (queue.Count > 0)
        {
            var url = queue.Dequeue();
            if (!seen.Add(url) || !url.EndsWith('/') || !site.Exists(url)) continue;
            foreach (var a in site.Page(url).QuerySelectorAll("a[href^='/']"))
                queue.Enqueue(a.GetAttribute("href")!.Split('#')[0]);
        }
        var documents = Directory.GetDirectories(Path.Combine(site.Output, "documents")).Select(d => $"/documents/{Path.GetFileName(d)}/").ToList();
        Assert.That(documents, Has.Count.EqualTo(5));
        Assert.That(seen, Is.SupersetOf(documents));
    }

    [Test]
    public void Taxonomy_overview_lists_every_term_with_its_count_by_count_and_alphabetically()
    {
        var page = Sites.Seeds.Page("/methods/");
        var byCount = page.QuerySelectorAll("#by-count + ul li").Select(li => li.TextContent.Trim()).ToList();
        Assert.That(byCount[0], Does.StartWith("Solutions Mapping").And.Contain("2"));
        var az = page.QuerySelectorAll(".letter-group li a").Select(a => a.TextContent).ToList();
        Assert.That(az, Is.Ordered.Using((IComparer<string>)StringComparer.OrdinalIgnoreCase));
        Assert.That(az, Has.Count.EqualTo(byCount.Count).And.Count.EqualTo(6));
    }

    [Test]
    public void Term_page_lists_documents_with_type_country_year_and_excerpt()
    {
        var page = Sites.Seeds.Page("/methods/solutions-mapping/");
        var cards = page.QuerySelectorAll(".document-card").ToList();
        Assert.That(cards, Has.Count.EqualTo(2));
        Assert.That(cards[0].QuerySelector(".card-type")!.TextContent, Is.EqualTo("Learning plan"));
        Assert.That(cards[0].QuerySelector(".document-facts")!.TextContent, Is.EqualTo("Peru · 2023"));
        Assert.That(cards[0].QuerySelector(".excerpt")!.TextContent, Is.Not.Empty);
    }

    [Test]
    public void Term_listing_is_paginated_past_the_page_size_with_rel_prev_and_next()
    {
        var site = Sites.Fixtures;
        var first = site.Page("/methods/pagination-method/");
        Assert.That(first.QuerySelectorAll(".document-card"), Has.Length.EqualTo(2));
        Assert.That(first.QuerySelector("link[rel=next]")!.GetAttribute("href"), Is.EqualTo("/methods/pagination-method/page/2/"));
        Assert.That(first.QuerySelector("link[rel=prev]"), Is.Null);
        var second = site.Page("/methods/pagination-method/page/2/");
        Assert.That(second.QuerySelector("link[rel=prev]")!.GetAttribute("href"), Is.EqualTo("/methods/pagination-method/"));
        Assert.That(second.QuerySelector("link[rel=next]")!.GetAttribute("href"), Is.EqualTo("/methods/pagination-method/page/3/"));
        var third = site.Page("/methods/pagination-method/page/3/");
        Assert.That(third.QuerySelectorAll(".document-card"), Has.Length.EqualTo(1));
        Assert.That(third.QuerySelector("link[rel=next]"), Is.Null);
        var all = new[] { first, second, third }.SelectMany(p => p.QuerySelectorAll(".document-card h3")).Select(h => h.TextContent).ToList();
        Assert.That(all, Is.Unique.And.Count.EqualTo(5));
    }

    [Test]
    public void Extra_taxonomy_from_settings_gets_pages_and_term_takes_the_most_frequent_spelling()
    {
        var page = Sites.Fixtures.Page("/gender/");
        var terms = page.QuerySelectorAll(".letter-group li a").Select(a => a.TextContent).ToList();
        Assert.That(terms, Is.EqualTo(new[] { "Female" }), "Female (5) and female (1) are one term");
        Assert.That(Sites.Fixtures.Page("/gender/female/").QuerySelectorAll(".document-card"), Has.Length.EqualTo(2), "page size 2");
    }

    [Test]
    public void Map_page_lists_every_location_with_a_link_to_its_documents()
    {
        var page = Sites.Seeds.Page("/map/");
        var rows = page.QuerySelectorAll("#map-places tbody tr").ToList();
        Assert.That(rows.Select(r => r.QuerySelector("th a")!.TextContent), Is.EquivalentTo(new[] { "Thailand", "Peru" }));
        foreach (var row in rows)
        {
            var country = Sites.Seeds.Page(row.QuerySelector("th a")!.GetAttribute("href")!);
            Assert.That(country.QuerySelectorAll(".document-card"), Has.Length.EqualTo(int.Parse(row.QuerySelector(".map-count")!.TextContent)));
        }
    }

    [Test]
    public void About_404_search_pages_exist()
    {
        Assert.That(Sites.Seeds.Page("/about/").QuerySelector("h1")!.TextContent, Is.EqualTo("About this archive"));
        Assert.That(Sites.Seeds.Page("/404.html").QuerySelector("h1")!.TextContent, Is.EqualTo("Page not found"));
        Assert.That(Sites.Seeds.Page("/search/").QuerySelector("noscript"), Is.Not.Null);
    }

    private static readonly Lazy<BuiltSite> LongListing = new(() =>
    {
        var source = TempFolder.Create("long-listing");
        for (var i = 1; i <= 30; i++)
            File.WriteAllText(Path.Combine(source, $"plan-{i:00}.md"),
                $"[[type:solution]]\n[[year:{2000 + i}]]\n[[methods:Long listing]]\n\n# Plan number {i}\n\nThe lab tried idea {i}.\n");
        var content = TempFolder.Create("long-listing-content");
        File.WriteAllText(Path.Combine(content, "site.json"), """{ "title": "Long", "pageSize": 2 }""");
        return BuiltSite.Build(source, o => o with { Content = content });
    });

    /// <summary>
    /// A listing of fifteen pages links the first, the last and two pages either side of the current one, with a gap for
    /// the rest, so a 200-page listing is not a wall of numbers; following "next" still reaches every page once.
    /// </summary>
    [TestCase("/methods/long-listing/", "/methods/long-listing/page/{0}/")]
    public void A_long_listing_links_a_window_of_pages_and_every_page_is_reachable(string first, string pattern)
    {
        var site = LongListing.Value;
        string Url(int page) => page == 1 ? first : string.Format(pattern, page);
        var seventh = site.Page(Url(7));
        var items = seventh.QuerySelectorAll(".pagination li").Select(li => li.TextContent.Trim()).ToList();
        Assert.That(items, Is.EqualTo(new[] { "Previous", "1", "…", "5", "6", "7", "8", "9", "…", "15", "Next" }));
        Assert.That(seventh.QuerySelector(".pagination [aria-current=page]")!.TextContent, Is.EqualTo("7"));
        Assert.That(seventh.QuerySelectorAll(".pagination li.gap").All(li => li.GetAttribute("aria-hidden") == "true"));
        Assert.That(seventh.QuerySelector(".pagination a[href$='/15/']"), Is.Not.Null, "the last page is one step away");

        var fifth = site.Page(Url(5)).QuerySelectorAll(".pagination li").Select(li => li.TextContent.Trim());
        Assert.That(fifth, Is.EqualTo(new[] { "Previous", "1", "2", "3", "4", "5", "6", "7", "…", "15", "Next" }),
            "a gap of one page shows the page instead");

        var visited = new List<string>();
        for (var url = first; url is not null && visited.Count < 30;
             url = site.Page(url).QuerySelector(".pagination a[rel=next]")?.GetAttribute("href"))
            visited.Add(url);
        Assert.That(visited, Is.EqualTo(Enumerable.Range(1, 15).Select(Url)));
    }

    /// <summary>The browse pages (50 cards a page) use the same window: at 200 pages, no page carries more than nine.</summary>
    [Test]
    public void Every_page_of_a_200_page_listing_has_at_most_nine_page_links_including_first_and_last()
    {
        var urls = Enumerable.Range(1, 200).Select(p => $"/browse/all/newest/page/{p}/").ToList();
        foreach (var page in Enumerable.Range(1, 200))
        {
            var links = SdgArchive.Rendering.Views.PageLinkView.Window(page, urls);
            Assert.That(links.Count(l => l.Name != "…"), Is.LessThanOrEqualTo(9), $"page {page}");
            Assert.That(links[0].Name, Is.EqualTo("1"));
            Assert.That(links[^1].Name, Is.EqualTo("200"));
            Assert.That(links.Single(l => l.Current).Name, Is.EqualTo(page.ToString()));
        }
    }
}
