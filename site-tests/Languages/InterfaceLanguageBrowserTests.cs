using System.Text.RegularExpressions;
using AngleSharp;
using Microsoft.Playwright;
using SdgArchive.Diagnostics;
using SdgArchive.I18n;
using SdgArchive.Reading;

namespace SdgArchive.SiteTests.Languages;

/// <summary>
/// The search and map pages of a site whose interface is French, in Chromium: what search.js and map.js write (status
/// lines, facet names, the goals and languages listed, tooltips) is French too, not only the pages' markup.
/// </summary>
[NonParallelizable]
public sealed class InterfaceLanguageBrowserTests : BrowserFixture
{
    private BuiltSite _site = null!;
    private BrowserSiteServer _server = null!;
    private InterfaceStrings _french = null!;

    [OneTimeSetUp]
    public void BuildAndServe()
    {
        _site = BuiltSite.Build(RepoPaths.Seeds, o => o with { Content = InterfaceLanguageTests.ContentIn("fr"), Search = true });
        Assert.That(_site.Result.Succeeded, Is.True, string.Join("\n", _site.Result.Diagnostics.Sorted().Where(d => d.Severity == Severity.Error)));
        _server = new BrowserSiteServer(_site.Output);
        _french = InterfaceStrings.Load(RepoPaths.Templates, "fr", new DiagnosticBag());
    }

    [OneTimeTearDown]
    public void Stop() => _server?.Dispose();

    [Test]
    public async Task The_search_pages_script_speaks_the_interface_language()
    {
        var document = ArchiveReader.ReadFolder(RepoPaths.Seeds, new DiagnosticBag()).First(d => d.Sdgs.Count > 0);
        var word = Regex.Matches(document.Title.Display, @"\p{L}{6,}").First().Value;
        await using var visit = await Browser.NewVisitAsync();
        var page = visit.Page;

        await page.GotoAsync(_server.BaseUrl + "search/");
        await page.Locator("#search[data-search-ready]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        Assert.That(await page.Locator("[data-search-status]").InnerTextAsync(), Is.EqualTo(_french.Text("search.js_prompt")));

        await page.GotoAsync($"{_server.BaseUrl}search/?q={Uri.EscapeDataString(word)}");
        await page.Locator(".search-result").First.WaitForAsync();
        Assert.That(await page.Locator("[data-search-status]").InnerTextAsync(), Does.Match(@"^\d+ documents? trouvés?\.$"), $"searched for '{word}'");
        var facets = await page.Locator("details.search-facet > summary").AllInnerTextsAsync();
        Assert.That(facets.Select(f => Regex.Replace(f, @" \(\d+\)$", "")),
            Is.SubsetOf(new[] { "Type", "Année", "ODD", "Pays", "Méthode", "Langue" }).And.Contain("ODD"));
        var goals = await page.Locator("details[data-facet='sdg'] label").AllInnerTextsAsync();
        var goal = document.Sdgs[0];
        Assert.That(goals, Does.Contain($"{goal} · {_french.Goal(goal)}"), "goals by their official French names");
        var languages = await page.Locator("details[data-facet='language'] label").AllInnerTextsAsync();
        Assert.That(languages, Does.Contain(_french.LanguageName("en")), "languages named in French");
        Assert.That(visit.Problems.All, Is.Empty);
    }

    [Test]
    public async Task The_maps_script_writes_its_words_in_the_interface_language()
    {
        var viewport = new BrowserNewContextOptions { ViewportSize = new() { Width = 1200, Height = 900 } };
        await using var visit = await Browser.NewVisitAsync(viewport);
        var page = visit.Page;
        await page.GotoAsync(_server.BaseUrl + "map/");
        await page.Locator("#world-map[data-ready='true']")
            .WaitForAsync(new() { State = WaitForSelectorState.Attached });

        // What map.js writes only once used: the status line of a filter, a place's tooltip.
        var types = await page.Locator("select[name=type] option")
            .EvaluateAllAsync<string[]>("o => o.map(x => x.value)");
        await page.SelectOptionAsync("select[name=type]", types.First(t => t.Length > 0));
        var status = await page.Locator(".map-status").InnerTextAsync();
        var fixedPart = _french.Text("map.js_status").Split("{1}")[^1].Trim();
        Assert.That(status, Does.Contain(fixedPart), "the filter's status line");
        var marker = page.Locator("a.map-marker:not([display=none])").First;
        if (await marker.CountAsync() > 0)
        {
            await marker.FocusAsync();
            await Assertions.Expect(page.Locator(".map-tooltip")).ToBeVisibleAsync();
        }

        // The page as the script left it, checked as the built pages are: no English interface word is shown.
        var html = await page.ContentAsync();
        using var context = BrowsingContext.New(Configuration.Default);
        var shown = await context.OpenAsync(r => r.Content(html));
        // The site's title and description are its owner's words from site.json, not the interface's.
        var settings = SdgArchive.Site.SiteSettings.Load(InterfaceLanguageTests.ContentIn("fr"), new DiagnosticBag());
        var texts = InterfaceLanguageTests.InterfaceTexts(shown.DocumentElement, "fr")
            .Where(t => t != settings.Title && t != settings.Description).ToList();
        Assert.That(texts, Does.Contain(status.Trim()));
        Assert.That(InterfaceLanguageTests.EnglishIn(texts, InterfaceLanguageTests.EnglishOnlyWords("fr")), Is.Empty);
        Assert.That(visit.Problems.All, Is.Empty);
    }
}
