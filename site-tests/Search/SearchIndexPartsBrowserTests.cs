using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using SdgArchive.Diagnostics;
using SdgArchive.Model;
using SdgArchive.Reading;
using SdgArchive.Search;
using SdgArchive.Site;

namespace SdgArchive.SiteTests.Search;

/// <summary>
/// A language's index in parts (<see cref="PagefindOptions.PartSize"/>), in Chromium: the five seeds plus a French
/// and a Chinese document are built, then indexed again with parts so small that the English records make several.
/// A word of the document in the last English part, of the French one and of the Chinese one each finds its document,
/// and the facet counts the search page shows count every English document once, whatever part holds it.
/// </summary>
[NonParallelizable]
public sealed class SearchIndexPartsBrowserTests : BrowserFixture
{
    private static readonly IReadOnlyDictionary<string, string> Added = new Dictionary<string, string>
    {
        ["cooperatives_laitieres.md"] = "# Coopératives laitières et réfrigération solaire\n\n[[type:solution]]\n[[year:2022]]\n\n" +
            "Les éleveuses du village ont installé des réfrigérateurs solaires pour conserver le lait pendant la saison " +
            "chaude. La coopérative achète le lait deux fois par jour, les pertes ont diminué de moitié et les revenus des " +
            "familles ont augmenté. Les fromagères expliquent la méthode aux coopératives des villages voisins.\n",
        ["rainwater_zh.md"] = "# 社区雨水收集系统\n\n[[type:solution]]\n[[year:2023]]\n\n" +
            "村民们建造了低成本的雨水收集系统，在旱季为社区菜园浇水。每个家庭学会了用回收材料制作储水罐，蔬菜产量明显增加。\n",
    };

    private BuiltSite _site = null!;
    private BrowserSiteServer _server = null!;
    private IReadOnlyList<SearchRecord> _records = null!;
    private PagefindReport _report = null!;

    [OneTimeSetUp]
    public void BuildIndexInPartsAndServe()
    {
        var source = TempFolder.CopyOf(RepoPaths.Seeds, "search-parts");
        foreach (var (name, text) in Added) File.WriteAllText(Path.Combine(source, name), text);
        _site = BuiltSite.Build(source, o => o with { Search = true, Cards = false });
        Assert.That(_site.Result.Succeeded, Is.True, _site.Diagnostics);

        // The same records the build indexed, indexed again into a fresh pagefind folder with small parts.
        var documents = ArchiveReader.ReadFolder(source, new DiagnosticBag());
        _records = SearchRecords.For(new SiteIndex(documents, new SiteSettings()));
        var english = _records.Where(r => r.Language == "en").Sum(r => r.ToJsonLine().Length);
        Directory.Delete(Path.Combine(_site.Output, "pagefind"), recursive: true);
        var diagnostics = new DiagnosticBag();
        _report = new PagefindIndexer(RepoPaths.Root, new PagefindOptions { PartSize = english / 3 + 1 })
            .Index(_records, _site.Output, diagnostics)!;
        Assert.That(_report, Is.Not.Null, string.Join("\n", diagnostics.Sorted()));
        _server = new BrowserSiteServer(_site.Output);
    }

    [OneTimeTearDown]
    public void Stop() => _server?.Dispose();

    [Test]
    public void English_records_are_in_parts_that_together_hold_each_once()
    {
        using var listed = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Output, "pagefind", "languages.json")));
        var others = listed.RootElement.GetProperty("others").EnumerateArray()
            .Select(o => (Language: o.GetProperty("language").GetString()!, Path: o.GetProperty("path").GetString()!)).ToList();
        var englishFolders = others.Where(o => o.Language == "en").Select(o => o.Path.TrimEnd('/')).Prepend("").ToList();

        Assert.That(englishFolders, Has.Count.GreaterThanOrEqualTo(3).And.Contains("en-2"), "the primary index and its parts");
        var pages = englishFolders.Sum(folder => PageCount(Path.Combine(_site.Output, "pagefind", folder), "en"));
        Assert.That(pages, Is.EqualTo(_records.Count(r => r.Language == "en")), "each English record in exactly one part");
        Assert.That(others.Select(o => o.Language), Does.Contain("fr").And.Contain("zh"));
        Assert.That(_report.Pages, Is.EqualTo(_records.Count));
    }

    [TestCase("en")]
    [TestCase("fr")]
    public async Task A_word_only_one_document_has_finds_it_in_the_last_part_or_its_language(string language)
    {
        // Parts are consecutive by URL: the last English record is in the last part.
        var record = _records.Last(r => r.Language == language);
        var word = WordOnlyIn(record);
        TestContext.Out.WriteLine($"{language}: '{word}' is only in {record.Url}");
        await using var visit = await Browser.NewVisitAsync();
        var links = await Search(visit.Page, "?q=" + Uri.EscapeDataString(word));

        Assert.That(links.Take(3), Does.Contain(record.Url), $"searched for '{word}'");
        Assert.That(visit.Problems.All, Is.Empty, "no script error and no Content-Security-Policy violation");
    }

    [Test]
    public async Task A_Chinese_word_finds_the_Chinese_document()
    {
        var record = _records.Single(r => r.Language == "zh" && r.Meta["title"].StartsWith("社区", StringComparison.Ordinal));
        await using var visit = await Browser.NewVisitAsync();
        var links = await Search(visit.Page, "?q=" + Uri.EscapeDataString("雨水"));

        Assert.That(links.Take(3), Does.Contain(record.Url));
        Assert.That(visit.Problems.All, Is.Empty);
    }

    [Test]
    public async Task The_language_facet_counts_every_English_document_once()
    {
        var english = _records.Count(r => r.Filters.TryGetValue("language", out var v) && v.Contains("English"));
        await using var visit = await Browser.NewVisitAsync();
        var links = await Search(visit.Page, "?language=English");

        Assert.That(links.Distinct().Count(), Is.EqualTo(english), "every English document, from every part, once");
        var count = visit.Page.Locator("details[data-facet='language'] label:text-is('English') + .search-facet-count");
        Assert.That(int.Parse(await count.InnerTextAsync(), CultureInfo.InvariantCulture), Is.EqualTo(english));
        Assert.That(visit.Problems.All, Is.Empty);
    }

    private async Task<string[]> Search(IPage page, string query)
    {
        await page.GotoAsync($"{_server.BaseUrl}search/{query}");
        await page.Locator("#search[data-search-ready]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator("[data-search-results] .search-result").First.WaitForAsync();
        return await page.Locator(".search-result-title a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
    }

    /// <summary>A word of 8 letters or more that <paramref name="record"/> has and no other record has.</summary>
    private string WordOnlyIn(SearchRecord record)
    {
        static HashSet<string> Words(SearchRecord r) => r.Content
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', ';', ':', '(', ')', '"', '\'', '!', '?').ToLowerInvariant())
            .Where(w => w.Length >= 8 && w.All(char.IsLetter))
            .ToHashSet(StringComparer.Ordinal);
        var elsewhere = _records.Where(r => r != record).SelectMany(Words).ToHashSet(StringComparer.Ordinal);
        return Words(record).Where(w => !elsewhere.Contains(w)).Order(StringComparer.Ordinal).FirstOrDefault()
            ?? throw new InconclusiveException($"{record.Url} has no word of its own");
    }

    private static int PageCount(string folder, string language)
    {
        using var entry = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "pagefind-entry.json")));
        return entry.RootElement.GetProperty("languages").GetProperty(language).GetProperty("page_count").GetInt32();
    }
}
