using Microsoft.Playwright;
using SdgArchive.SiteTests.Accessibility;

namespace SdgArchive.SiteTests.Design;

/// <summary>
/// The designed look, measured in Chromium on the 400 corpus pages: a phone reads the text in the first screen, the
/// header is compact and its menu works without script, the table of contents stays in view on a wide screen, answers
/// outweigh prompts, type colours are one colour per type with readable labels, and the SDG grid and large taxonomies
/// work. Screenshots are attached to the results.
/// </summary>
[NonParallelizable]
public class DesignLookTests : BrowserFixture
{
    private static readonly Lazy<BuiltSite> CorpusSite = new(() => BuiltSite.Build(RepoPaths.RequireCorpus()));
    private static BuiltSite Corpus => CorpusSite.Value;
    private static ViewportSize Phone => Viewports.Phone;
    private static ViewportSize Wide => new() { Width = 1366, Height = 900 };

    private async Task<BrowserVisit> Open(string path, ViewportSize size, ColorScheme scheme = ColorScheme.Light, bool script = true)
    {
        var phone = size.Width < 500;
        var visit = await Browser.NewVisitAsync(new() { ViewportSize = size, IsMobile = phone, HasTouch = phone, ColorScheme = scheme, JavaScriptEnabled = script },
            new BrowserSiteRoutes(Corpus.Output) { MayLeaveTheSite = BrowserSiteRoutes.IsRemoteImage });
        var response = await visit.GotoAsync(BrowserSiteRoutes.DefaultOrigin + path);
        Assert.That(response?.Status, Is.EqualTo(200), path);
        return visit;
    }

    /// <summary>Documents of every type with text, in a fixed order: the first of each type by address.</summary>
    private static IEnumerable<string> SampleDocuments() => Directory.EnumerateDirectories(Path.Combine(Corpus.Output, "documents"))
        .Select(f => (Path: $"/documents/{System.IO.Path.GetFileName(f)}/", Html: File.ReadAllText(System.IO.Path.Combine(f, "index.html"))))
        .Where(d => d.Html.Contains("class=\"answer\"", StringComparison.Ordinal))
        .OrderBy(d => d.Path, StringComparer.Ordinal)
        .GroupBy(d => System.Text.RegularExpressions.Regex.Match(d.Html, "class=\"document type-([a-z0-9-]+)\"").Groups[1].Value)
        .Select(g => g.First().Path);

    [Test]
    public async Task On_a_phone_the_title_and_the_first_paragraph_of_the_text_are_in_the_first_screen()
    {
        var paths = SampleDocuments().ToList();
        Assert.That(paths, Has.Count.GreaterThan(3));
        var late = new List<string>();
        foreach (var path in paths)
        {
            await using var visit = await Open(path, Phone);
            var firstText = await visit.Page.EvaluateAsync<double>("""
                () => {
                  const p = document.querySelector('.document-body .answer p, .document-body .answer li, .document-body .answer');
                  return p ? p.getBoundingClientRect().top : 1e9;
                }
                """);
            var title = await visit.Page.Locator("h1").BoundingBoxAsync();
            var header = await visit.Page.Locator(".site-header").BoundingBoxAsync();
            Assert.That(header!.Height, Is.LessThanOrEqualTo(64), "a compact header: one bar with a menu button");
            Assert.That(title!.Y, Is.LessThan(200), path);
            // Its first line must show: the top of the paragraph plus one line (27 px) above the screen's bottom.
            if (firstText + 27 > Phone.Height) late.Add($"{path}: text starts at {firstText:0} px");
            if (path == paths[0]) await BrowserScreenshots.AttachAsync(visit.Page, "document-phone-first-screen");
        }
        Assert.That(late, Is.Empty);
    }

    [Test]
    public async Task The_phone_menu_opens_without_javascript()
    {
        await using var visit = await Open("/", Phone, script: false);
        var page = visit.Page;
        Assert.That(await page.Locator("nav.site-nav").IsVisibleAsync(), Is.False, "the wide menu is folded away");
        var summary = page.Locator(".site-menu > summary");
        var box = await summary.BoundingBoxAsync();
        Assert.That(box!.Width, Is.GreaterThanOrEqualTo(44)); Assert.That(box.Height, Is.GreaterThanOrEqualTo(44));
        Assert.That(await page.Locator(".menu-panel a[href='/documents/']").IsVisibleAsync(), Is.False);
        await summary.ClickAsync();
        Assert.That(await page.Locator(".menu-panel a[href='/documents/']").IsVisibleAsync(), Is.True);
        Assert.That(await page.Locator(".menu-panel input[type=search]").IsVisibleAsync(), Is.True);
        await BrowserScreenshots.AttachAsync(page, "menu-open-phone");
    }

    [Test]
    public async Task On_a_wide_screen_the_contents_stay_in_view_beside_the_text_and_list_each_heading_once()
    {
        var path = SampleDocuments().Select(p => (Path: p, Html: Corpus.Text(p)))
            .OrderByDescending(d => d.Html.Split("class=\"form-section\"").Length).First().Path;
        await using var visit = await Open(path, Wide);
        var page = visit.Page;
        var toc = page.Locator(".document-aside .toc");
        Assert.That(await toc.IsVisibleAsync(), Is.True);
        Assert.That(await page.Locator(".jump-menu").IsVisibleAsync(), Is.False);
        var names = await page.Locator(".document-aside .toc a").AllTextContentsAsync();
        Assert.That(names.Select(n => n.Trim().ToLowerInvariant()), Is.Unique);
        var body = await page.Locator(".document-body").BoundingBoxAsync();
        var aside = await page.Locator(".document-aside").BoundingBoxAsync();
        Assert.That(aside!.X, Is.GreaterThan(body!.X + body.Width - 1), "the column is beside the text, to its right");
        await page.EvaluateAsync("() => window.scrollTo(0, document.querySelector('.document-body').getBoundingClientRect().bottom + window.scrollY - 900)");
        var box = await toc.BoundingBoxAsync();
        Assert.That(box!.Y, Is.InRange(0, 120), "still in view at the end of the text: no empty side column");
        await BrowserScreenshots.AttachAsync(page, "document-wide-scrolled");
    }

    [Test]
    public async Task Answers_outweigh_prompts()
    {
        var path = SampleDocuments().First(p => Corpus.Text(p).Contains("class=\"question\"", StringComparison.Ordinal));
        await using var visit = await Open(path, Phone);
        var style = await visit.Page.EvaluateAsync<double[]>("""
            () => {
              const q = getComputedStyle(document.querySelector('.question'));
              const a = getComputedStyle(document.querySelector('.question ~ .answer p, .question ~ .answer'));
              return [parseFloat(q.fontSize), parseFloat(a.fontSize), parseInt(q.fontWeight), parseInt(a.fontWeight)];
            }
            """);
        Assert.That(style[1], Is.GreaterThan(style[0]), "the answer's type is larger");
        Assert.That(style[2], Is.LessThanOrEqualTo(600));
        Assert.That(style[3], Is.GreaterThanOrEqualTo(400));
    }

    [TestCase(ColorScheme.Light)]
    [TestCase(ColorScheme.Dark)]
    public async Task Each_type_has_one_colour_on_cards_and_pages_and_its_label_is_readable(ColorScheme scheme)
    {
        await using var visit = await Open("/browse/all/title/", Wide, scheme);
        var cards = await visit.Page.EvaluateAsync<string[][]>("""
            () => [...document.querySelectorAll('.browse-results .card')].map(c => {
              const label = c.querySelector('.card-type');
              return [c.className.match(/type-[a-z0-9-]+/)[0], getComputedStyle(c).borderTopColor,
                      getComputedStyle(label).backgroundColor, getComputedStyle(label).color];
            })
            """);
        Assert.That(cards, Is.Not.Empty);
        var colours = cards.GroupBy(c => c[0]).ToDictionary(g => g.Key, g => g.Select(c => c[1]).Distinct().ToList());
        Assert.That(colours.Values, Has.All.Count.EqualTo(1), "one band colour per type");
        Assert.That(colours.Values.Select(v => v[0]).Distinct().Count(), Is.EqualTo(colours.Count), "and a different one for each type");
        foreach (var card in cards)
        {
            Assert.That(card[1], Is.EqualTo(card[2]), $"{card[0]}: the label is the band's colour");
            Assert.That(Contrast(card[2], card[3]), Is.GreaterThanOrEqualTo(4.5), $"{card[0]} label {card[3]} on {card[2]}");
        }
        var document = SampleDocuments().First();
        await visit.GotoAsync(BrowserSiteRoutes.DefaultOrigin + document);
        var page = await visit.Page.EvaluateAsync<string[]>("""
            () => { const a = document.querySelector('article.document'); return [a.className.match(/type-[a-z0-9-]+/)[0], getComputedStyle(a.querySelector('.document-header')).borderTopColor]; }
            """);
        if (colours.TryGetValue(page[0], out var cardColour)) Assert.That(page[1], Is.EqualTo(cardColour[0]), "the page's band is its cards' colour");
        await BrowserScreenshots.AttachAsync(visit.Page, $"document-wide-{scheme}".ToLowerInvariant());
    }

    [Test]
    public async Task The_sdg_index_is_a_grid_of_seventeen_goals_in_their_colours_numbered_once()
    {
        await using var visit = await Open("/sdgs/", Phone);
        var tiles = await visit.Page.EvaluateAsync<string[][]>("""
            () => [...document.querySelectorAll('.sdg-tile')].map(t => [t.querySelector('.goal-number').textContent, t.querySelector('.goal-name').textContent,
                   getComputedStyle(t).backgroundColor, String(t.getBoundingClientRect().top), String(t.getBoundingClientRect().width)])
            """);
        Assert.That(tiles.Select(t => t[0]), Is.EqualTo(Enumerable.Range(1, 17).Select(n => n.ToString())));
        Assert.That(tiles.Select(t => t[1]), Has.None.Match(@"^\d"), "the name carries no second number");
        Assert.That(tiles[0][2], Is.EqualTo("rgb(229, 35, 59)"), "goal 1's official red");
        Assert.That(tiles[12][2], Is.EqualTo("rgb(63, 126, 68)"), "goal 13's official green");
        Assert.That(double.Parse(tiles[1][3]), Is.EqualTo(double.Parse(tiles[0][3])).Within(1), "two tiles a row on a phone");
        Assert.That(await visit.Page.Locator("main ol li").CountAsync(), Is.Zero, "no numbered list to number the goals again");
        await BrowserScreenshots.AttachAsync(visit.Page, "sdg-grid-phone", fullPage: true);
    }

    [Test]
    public async Task Large_taxonomies_have_letter_jumps_and_a_filter_box()
    {
        await using var visit = await Open("/thematic-areas/", Phone);
        var page = visit.Page;
        var letters = await page.Locator(".letters a").AllTextContentsAsync();
        Assert.That(letters.Where(l => l != "#"), Is.Not.Empty.And.Ordered, "A–Z, then # for digits and other scripts");
        var jump = page.Locator(".letters a").Nth(letters.Count / 2);
        var target = (await jump.GetAttributeAsync("href"))!;
        await jump.ClickAsync();
        await page.WaitForFunctionAsync($"() => Math.abs(document.querySelector('{target}').getBoundingClientRect().top) < 40");

        var filter = page.Locator("[data-term-filter] input");
        Assert.That(await filter.IsVisibleAsync(), Is.True);
        await filter.FillAsync("climate");
        var visible = await page.Locator(".letter-group li:visible a").AllTextContentsAsync();
        Assert.That(visible, Is.Not.Empty.And.All.Contains("climate").IgnoreCase);
        Assert.That(await page.Locator(".letter-group:visible").CountAsync(), Is.LessThan(letters.Count),
            "empty letters hide");
    }

    [Test]
    public async Task The_countries_are_grouped_by_region_with_jumps_a_filter_box_and_non_countries_apart()
    {
        await using var visit = await Open("/countries/", Phone);
        var page = visit.Page;
        var regions = await page.Locator(".letters.regions a").AllTextContentsAsync();
        Assert.That(regions, Is.EqualTo(new[] { "Africa", "Americas", "Asia", "Europe", "Oceania" }));
        await page.Locator(".letters.regions a", new() { HasText = "Europe" }).ClickAsync();
        await page.WaitForFunctionAsync(
            "() => Math.abs(document.querySelector('#region-150').getBoundingClientRect().top) < 40");
        var kenya = await page.Locator(".region-group li a", new() { HasText = "Kenya" }).BoundingBoxAsync();
        var africa = await page.Locator("#region-002").BoundingBoxAsync();
        var asia = await page.Locator("#region-142").BoundingBoxAsync();
        Assert.That(kenya!.Y, Is.GreaterThan(africa!.Y).And.LessThan(asia!.Y), "Kenya is listed under Africa");

        var filter = page.Locator("[data-term-filter] input");
        Assert.That(await filter.IsVisibleAsync(), Is.True);
        await filter.FillAsync("keny");
        Assert.That(await page.Locator(".region-group li:visible a").AllTextContentsAsync(),
            Is.EqualTo(new[] { "Kenya" }));
        Assert.That(await page.Locator(".region-group:visible > h3").AllTextContentsAsync(),
            Is.EqualTo(new[] { "Africa" }));
        await filter.FillAsync("oceania");
        var oceania = await page.Locator(".region-group li:visible a").AllTextContentsAsync();
        Assert.That(oceania, Has.Member("Fiji").And.Member("Samoa").And.No.Member("Kenya"),
            "a region's name keeps its countries");
        await BrowserScreenshots.AttachAsync(page, "countries-by-region-phone");

        var html = Corpus.Text("/countries/");
        var index = Corpus.Page("/countries/");
        var notCountries = index.QuerySelectorAll(".not-places a").Select(a => a.FirstChild!.TextContent.Trim()).ToList();
        Assert.That(notCountries, Has.Member("Null Island").And.Member("England"), "listed honestly, apart");
        Assert.That(index.QuerySelectorAll(".region-group a").Select(a => a.TextContent), Has.No.Member("Null Island"));
        Assert.That(html, Does.Not.Contain("<script>"), "no inline script");
    }

    /// <summary>WCAG contrast of two computed colours (<c>rgb(r, g, b)</c>).</summary>
    private static double Contrast(string a, string b)
    {
        static double Luminance(string rgb)
        {
            var parts = rgb[(rgb.IndexOf('(') + 1)..rgb.IndexOf(')')].Split(',').Take(3).Select(p => double.Parse(p.Trim()) / 255).ToArray();
            static double Linear(double c) => c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
            return 0.2126 * Linear(parts[0]) + 0.7152 * Linear(parts[1]) + 0.0722 * Linear(parts[2]);
        }
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }
}
