using System.Globalization;
using System.IO.Compression;
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
/// Each English record is in one part; a word of a document in the last English part, of the French one and of the
/// Chinese one each finds its document; the facet counts count every English document once, whatever part holds it.
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
        var folders = EnglishFolders();
        Assert.That(folders, Has.Count.GreaterThanOrEqualTo(2).And.Contains("en-2"), "the primary index and its parts");
        var urls = folders.Select(f => UrlsIn(Path.Combine(_site.Output, "pagefind", f))).ToList();
        Assert.That(urls, Has.All.Not.Empty, "no empty part");
        Assert.That(urls.SelectMany(u => u).Order(StringComparer.Ordinal),
            Is.EqualTo(_records.Where(r => r.Language == "en").Select(r => r.Url).Order(StringComparer.Ordinal)),
            "each English record in exactly one part");
        Assert.That(folders.Sum(f => PageCount(Path.Combine(_site.Output, "pagefind", f), "en")), Is.EqualTo(urls.Sum(u => u.Count)));
        Assert.That(Listed().Select(o => o.Language), Does.Contain("fr").And.Contain("zh"));
        Assert.That(_report.Pages, Is.EqualTo(_records.Count));
    }

    [TestCase("en")]
    [TestCase("fr")]
    public async Task A_word_only_one_document_has_finds_it_in_the_last_part_or_its_language(string language)
    {
        var last = language == "en" ? UrlsIn(Path.Combine(_site.Output, "pagefind", EnglishFolders()[^1])) : null;
        var record = _records.Last(r => r.Language == language && (last is null || last.Contains(r.Url)));
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

    private List<(string Language, string Path)> Listed()
    {
        using var listed = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Output, "pagefind", "languages.json")));
        return listed.RootElement.GetProperty("others").EnumerateArray()
            .Select(o => (o.GetProperty("language").GetString()!, o.GetProperty("path").GetString()!)).ToList();
    }

    /// <summary>The English index's folders under pagefind/: "" (the primary index), then its parts as listed.</summary>
    private List<string> EnglishFolders() =>
        Listed().Where(o => o.Language == "en").Select(o => o.Path.TrimEnd('/')).Prepend("").ToList();

    /// <summary>The URLs of the records an index holds, read from its fragments (gzip: "pagefind_dcd" and JSON).</summary>
    private static HashSet<string> UrlsIn(string folder) => Directory
        .EnumerateFiles(Path.Combine(folder, "fragment"), "*.pf_fragment")
        .Select(file =>
        {
            using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            var text = new StreamReader(gzip).ReadToEnd();
            using var fragment = JsonDocument.Parse(text["pagefind_dcd".Length..]);
            return fragment.RootElement.GetProperty("url").GetString()!;
        })
        .ToHashSet(StringComparer.Ordinal);

    private static int PageCount(string folder, string language)
    {
        using var entry = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "pagefind-entry.json")));
        return entry.RootElement.GetProperty("languages").GetProperty(language).GetProperty("page_count").GetInt32();
    }
}
