using System.Xml.Linq;

namespace SdgArchive.SiteTests.Design;

/// <summary>Collections from content/collections/*.md: a page each with introduction, map, cards and feed, and an index.</summary>
public class CollectionTests
{
    private static readonly Lazy<BuiltSite> Site = new(() =>
    {
        var content = TempFolder.CopyOf(RepoPaths.Content, "collections-content");
        var folder = Path.Combine(content, "collections");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "curated.md"), """
            # Curated <em>picks</em>

            Two documents chosen by hand, **in this order**.

            [[documents:from-citizen-participation-to-citizen-action, no-such-document]]
            [[documents:civic-networks-crisis-response-and-public-service-delivery-during-the-covid-19]]
            """.Replace("\r\n", "\n"));
        File.WriteAllText(Path.Combine(folder, "by-query.md"), """
            # Solutions mapping

            [[query:methods=Solutions Mapping; nonsense]]
            """.Replace("\r\n", "\n"));
        return BuiltSite.Build(RepoPaths.Seeds, o => o with { Content = content });
    });

    [Test]
    public void A_collection_lists_its_named_documents_in_order_with_a_map_and_a_feed()
    {
        var site = Site.Value;
        Assert.That(site.Result.Succeeded, Is.True, site.Diagnostics);
        var page = site.Page("/collections/curated/");
        Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo("Curated <em>picks</em>"), "the title is text, escaped");
        Assert.That(page.QuerySelector(".collection-intro strong")!.TextContent, Is.EqualTo("in this order"));
        var cards = page.QuerySelectorAll(".card-title a").Select(a => a.GetAttribute("href")).ToList();
        Assert.That(cards, Is.EqualTo(new[]
        {
            "/documents/from-citizen-participation-to-citizen-action/",
            "/documents/civic-networks-crisis-response-and-public-service-delivery-during-the-covid-19/",
        }));
        Assert.That(cards[0], Is.EqualTo("/documents/from-citizen-participation-to-citizen-action/"));
        Assert.That(page.QuerySelector(".collection-map svg.locator-map"), Is.Not.Null, "a map of its places");
        var feed = XDocument.Parse(site.Text("/collections/curated/feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.That(feed.Root!.Elements(atom + "entry").Count(), Is.EqualTo(cards.Count));
        Assert.That(page.QuerySelector("a[href='/collections/curated/feed.xml']"), Is.Not.Null);
    }

    [Test]
    public void A_query_collects_every_document_with_the_term_and_the_index_lists_both()
    {
        var site = Site.Value;
        var expected = site.Page("/methods/solutions-mapping/").QuerySelectorAll(".card-title a").Select(a => a.GetAttribute("href")).ToList();
        var found = site.Page("/collections/by-query/").QuerySelectorAll(".card-title a").Select(a => a.GetAttribute("href")).ToList();
        Assert.That(found, Is.EqualTo(expected));
        var index = site.Page("/collections/").QuerySelectorAll(".collection-list a").Select(a => a.TextContent).ToList();
        Assert.That(index, Is.EquivalentTo(new[] { "Curated <em>picks</em>", "Solutions mapping" }));
        Assert.That(site.Page("/").QuerySelector("nav.site-nav a[href='/collections/']"), Is.Not.Null);
        Assert.That(site.Diagnostics, Does.Not.Contain("SDG030"));
    }

    [Test]
    public void Unknown_slugs_and_bad_queries_are_reported_where_they_are()
    {
        var diagnostics = Site.Value.Result.Diagnostics.Sorted().Select(d => d.ToString()).ToList();
        Assert.That(diagnostics, Has.Some.Match(@"curated\.md\(5,\d+\): warning SDG093: no document has the slug ""no-such-document"""));
        Assert.That(diagnostics, Has.Some.Match(@"by-query\.md\(3,\d+\): warning SDG092: query part ""nonsense"""));
    }
}
