using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SdgArchive.Diagnostics;
using SdgArchive.I18n;
using SdgArchive.Reading;

namespace SdgArchive.SiteTests.Languages;

/// <summary>
/// The search page of a site whose interface is French, in Chromium: what search.js writes (the status line, the facet
/// names, the goals and languages it lists) is French too, not only the page's markup.
/// </summary>
[NonParallelizable]
public sealed class InterfaceLanguageSearchBrowserTests : BrowserFixture
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
}
