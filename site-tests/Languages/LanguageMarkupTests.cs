using System.Xml.Linq;

namespace SdgArchive.SiteTests.Languages;

/// <summary>
/// One rule everywhere: <c>&lt;html lang&gt;</c> is the interface's language; every text a document brings (its title,
/// excerpt, headings and answers) carries the document's own <c>lang</c>, with <c>dir</c> (rtl for Arabic and Kurdish)
/// on a document's page and <c>dir="auto"</c> in listings, where titles of every script meet.
/// </summary>
public class LanguageMarkupTests : BrowserFixture
{
    private static readonly Lazy<BuiltSite> Site = new(() => BuiltSite.Build(TempFolder.WithFiles("languages", LanguageSiteTests.Documents)));

    private static readonly Dictionary<string, string> Expected = new()
    {
        ["Semillas nativas"] = "es", ["البذور المحلية"] = "ar", ["Sementes"] = "pt-BR", ["Seeds"] = "en", ["Native seeds"] = "en",
    };

    [Test]
    public void Every_page_declares_the_interface_language_on_html()
    {
        foreach (var file in Site.Value.HtmlFiles)
        {
            var page = Site.Value.Page("/" + Path.GetRelativePath(Site.Value.Output, file).Replace('\\', '/'));
            Assert.That(page.DocumentElement.GetAttribute("lang"), Is.EqualTo("en"), file);
        }
    }

    [TestCase("/documents/semillas-nativas/", "es", "ltr")]
    [TestCase("/documents/arabic/", "ar", "rtl")]
    [TestCase("/documents/native-seeds/", "en", "ltr")]
    public void A_document_page_gives_its_title_and_text_the_documents_language_and_direction(string url, string lang, string dir)
    {
        var page = Site.Value.Page(url);
        foreach (var selector in new[] { "main h1", ".document-body" })
        {
            var element = page.QuerySelector(selector)!;
            Assert.That((element.GetAttribute("lang"), element.GetAttribute("dir")), Is.EqualTo((lang, dir)), $"{url} {selector}");
        }
        var crumb = page.QuerySelector(".breadcrumbs [aria-current=page]")!;
        Assert.That(crumb.GetAttribute("lang"), Is.EqualTo(lang), "the breadcrumb's last step is the document's title");
        // The interface's own words inside the document keep the interface's language.
        foreach (var label in page.QuerySelectorAll(".document-body .visually-hidden"))
            Assert.That(label.GetAttribute("lang"), Is.EqualTo("en"));
    }

    [TestCase("/")]
    [TestCase("/types/blog/")]
    [TestCase("/languages/arabic/")]
    [TestCase("/documents/native-seeds/")]
    [TestCase("/documents/")]
    public void Every_title_and_excerpt_in_a_listing_carries_its_own_language_and_dir_auto(string url)
    {
        var cards = Site.Value.Page(url).QuerySelectorAll(".document-list li").ToList();
        Assert.That(cards, Is.Not.Empty, url);
        foreach (var card in cards)
        {
            var title = card.QuerySelector(".card-title a, h3 a")!;
            var lang = Expected[title.TextContent.Trim()];
            Assert.That((title.GetAttribute("lang"), title.GetAttribute("dir")), Is.EqualTo((lang, "auto")), $"{url}: {title.TextContent}");
            if (card.QuerySelector(".excerpt") is { } excerpt)
                Assert.That((excerpt.GetAttribute("lang"), excerpt.GetAttribute("dir")), Is.EqualTo((lang, "auto")), $"{url}: excerpt");
        }
    }

    [Test]
    public void Feed_entries_in_another_language_than_the_site_say_so()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        XNamespace xml = XNamespace.Xml;
        var feed = XDocument.Parse(Site.Value.Text("/feed.xml"));
        Assert.That(feed.Root!.Attribute(xml + "lang")!.Value, Is.EqualTo("en"));
        foreach (var entry in feed.Root.Elements(atom + "entry"))
        {
            var lang = Expected[entry.Element(atom + "title")!.Value];
            Assert.That(entry.Attribute(xml + "lang")?.Value ?? "en", Is.EqualTo(lang), entry.Element(atom + "title")!.Value);
        }
    }

    [Test]
    public async Task An_Arabic_document_is_laid_out_right_to_left_in_Chromium()
    {
        await using var visit = await Browser.NewVisitAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } },
            new BrowserSiteRoutes(Site.Value.Output));
        await visit.GotoAsync(BrowserSiteRoutes.DefaultOrigin + "/documents/arabic/");
        // Where the first word of the answer and of the title are drawn, against their boxes.
        var positions = await visit.Page.EvaluateAsync<double[]>(@"() => {
            function firstWord(element) {
                const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, n => n.textContent.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP);
                const text = walker.nextNode();
                const start = text.textContent.search(/\S/);
                const range = document.createRange();
                range.setStart(text, start);
                range.setEnd(text, start + text.textContent.slice(start).search(/\s|$/));
                const word = range.getBoundingClientRect(), box = element.getBoundingClientRect();
                return [word.left, word.right, box.left, box.right];
            }
            return [...firstWord(document.querySelector('.document-body .answer')), ...firstWord(document.querySelector('main h1'))];
        }");
        await BrowserScreenshots.AttachAsync(visit.Page, "arabic-document.png", fullPage: true);
        for (var i = 0; i < 8; i += 4)
        {
            var (wordLeft, wordRight, boxLeft, boxRight) = (positions[i], positions[i + 1], positions[i + 2], positions[i + 3]);
            Assert.That(boxRight - wordRight, Is.LessThan(4), "the first word ends at the right edge of its box");
            Assert.That(wordLeft - boxLeft, Is.GreaterThan((boxRight - boxLeft) / 2), "and starts in its right half");
        }
        Assert.That(visit.Problems.OffSiteRequests, Is.Empty);
    }
}
