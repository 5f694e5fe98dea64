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
}
