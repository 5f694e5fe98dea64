using Microsoft.Playwright;
using SdgArchive.Diagnostics;
using SdgArchive.Model;
using SdgArchive.Reading;
using SdgArchive.Search;

namespace SdgArchive.SiteTests.Languages;

/// <summary>
/// Search in every language, in Chromium: the 400 corpus pages (English, Spanish, French) plus a Portuguese page, a
/// page in Chinese and an English page with a Chinese title. Each language has its own index, stemmed by its own rules
/// (Chinese segmented by pagefind_extended), merged by the search page, so a word of one Spanish, French or Portuguese
/// page finds it among hundreds of English ones, and a Chinese word finds its page.
/// </summary>
[NonParallelizable]
public sealed class MultilingualSearchBrowserTests : BrowserFixture
{
    public static readonly IReadOnlyDictionary<string, string> Added = new Dictionary<string, string>
    {
        ["hortas_com_agua_da_chuva.md"] = "# Hortas comunitárias regadas com água da chuva\n\n[[type:solution]]\n[[year:2022]]\n\n" +
            "Os moradores do bairro construíram cisternas de baixo custo para guardar a água da chuva e regar as hortas " +
            "comunitárias durante a estação seca. As famílias aprenderam a montar os reservatórios com materiais " +
            "reciclados, e a colheita de verduras aumentou para trinta famílias. A associação de moradores cuida das " +
            "cisternas e ensina outras comunidades a reproduzir a solução.\n",
        ["rainwater_zh.md"] = "# 社区雨水收集系统\n\n[[type:solution]]\n[[year:2023]]\n\n" +
            "村民们建造了低成本的雨水收集系统，在旱季为社区菜园浇水。每个家庭学会了用回收材料制作储水罐，蔬菜产量明显增加。\n",
        ["solar_microgrid.md"] = "# 社区微电网 Community solar microgrid\n\n[[type:solution]]\n[[year:2023]]\n\n" +
            "Households in the village share a solar microgrid that powers a grain mill and the clinic's refrigerator. " +
            "The cooperative collects a small monthly fee to look after the batteries and the panels.\n",
    };

    private BuiltSite _site = null!;
    private BrowserSiteServer _server = null!;
    private IReadOnlyList<ArchiveDocument> _documents = null!;

    [OneTimeSetUp]
    public void BuildAndServe()
    {
        var source = TempFolder.CopyOf(RepoPaths.RequireCorpus(), "multilingual-search");
        foreach (var (name, text) in Added) File.WriteAllText(Path.Combine(source, name), text);
        _site = BuiltSite.Build(source, o => o with { Search = true, Cards = false, Cache = TempFolder.Create("multilingual-search-cache") });
        Assert.That(_site.Result.Succeeded, Is.True, string.Join("\n", _site.Result.Diagnostics.Sorted().Where(d => d.Severity == Severity.Error)));
        _documents = ArchiveReader.ReadFolder(source, new DiagnosticBag());
        _server = new BrowserSiteServer(_site.Output);
    }

    [OneTimeTearDown]
    public void Stop() => _server?.Dispose();

    [Test]
    public void Each_language_has_its_own_index_listed_for_the_search_page()
    {
        var listed = File.ReadAllText(Path.Combine(_site.Output, "pagefind", "languages.json"));
        using var documents = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Output, "api", "documents.json")));
        var declared = documents.RootElement.EnumerateArray().Select(d => d.GetProperty("language").GetString()!.Split('-')[0]).ToList();
        foreach (var language in new[] { "es", "fr", "pt" })
        {
            Assert.That(listed, Does.Contain($"\"language\":\"{language}\""), language);
            using var entry = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Output, "pagefind", language, "pagefind-entry.json")));
            Assert.That(entry.RootElement.GetProperty("languages").GetProperty(language).GetProperty("page_count").GetInt32(),
                Is.EqualTo(declared.Count(l => l == language)), $"every {language} document is in the {language} index");
        }
        Assert.That(listed, Does.Contain("\"language\":\"zh\""));
    }

    [TestCase("es")]
    [TestCase("fr")]
    [TestCase("pt")]
    public async Task A_word_of_one_document_in_that_language_finds_it_in_the_top_3(string language)
    {
        var (word, document) = WordOnlyIn(language);
        TestContext.Out.WriteLine($"{language}: '{word}' is only in {document.SourcePath}");
        var (links, visit) = await Search(word);
        await using (visit)
        {
            Assert.That(links.Take(3), Does.Contain($"/documents/{document.Slug}/"), $"searched for '{word}'");
            Assert.That(visit.Problems.All, Is.Empty, "no script error and no Content-Security-Policy violation");
        }
    }

    [TestCase("雨水", "rainwater_zh.md")]
    [TestCase("微电网", "solar_microgrid.md")]
    public async Task A_Chinese_word_from_a_title_finds_its_document(string word, string file)
    {
        var document = _documents.Single(d => d.SourcePath == file);
        var (links, visit) = await Search(word);
        await using (visit)
        {
            Assert.That(links.Take(3), Does.Contain($"/documents/{document.Slug}/"), $"searched for '{word}'");
            var title = visit.Page.Locator($".search-result-title a[href='/documents/{document.Slug}/']").First;
            Assert.That(await title.GetAttributeAsync("lang"), Is.EqualTo(file == "rainwater_zh.md" ? "zh" : "en"),
                "the result's title declares its document's language");
            Assert.That(visit.Problems.All, Is.Empty);
        }
    }

    [Test]
    public async Task The_language_filter_narrows_results_to_one_language()
    {
        // "water" in English, "agua" in Spanish, "água" in Portuguese: a word English and Spanish pages share.
        var word = "water";
        await using var visit = await Browser.NewVisitAsync();
        var page = visit.Page;
        await page.GotoAsync($"{_server.BaseUrl}search/?q={word}");
        await page.Locator($"[data-search-results][data-query='{word}'] .search-result").First.WaitForAsync();
        var languages = page.Locator("details[data-facet='language'] label");
        Assert.That(await languages.AllInnerTextsAsync(), Does.Contain("English"), "the language facet names each language");

        await page.GotoAsync($"{_server.BaseUrl}search/?language=Portuguese");
        await page.Locator("[data-search-results] .search-result").First.WaitForAsync();
        var titles = await page.Locator(".search-result-title a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('lang'))");
        Assert.That(titles, Is.Not.Empty.And.All.EqualTo("pt"), "only the Portuguese document");
        Assert.That(visit.Problems.All, Is.Empty);
    }

    private async Task<(string[] Links, BrowserVisit Visit)> Search(string word)
    {
        var visit = await Browser.NewVisitAsync();
        var page = visit.Page;
        await page.GotoAsync($"{_server.BaseUrl}search/?q={Uri.EscapeDataString(word)}");
        await page.Locator("#search[data-search-ready]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator("[data-search-results] .search-result").First.WaitForAsync();
        var links = await page.Locator(".search-result-title a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        return (links, visit);
    }

    /// <summary>
    /// A word (8 letters or more, as indexed) that one document in <paramref name="language"/> has and no other
    /// document of the site has; preferring one whose first five letters other documents share, the case where
    /// another language's stemming would bring in unrelated pages.
    /// </summary>
    private (string Word, ArchiveDocument Document) WordOnlyIn(string language)
    {
        static IEnumerable<string> Words(ArchiveDocument d) => SearchRecords.Content(d)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', ';', ':', '(', ')', '"', '\'', '!', '?', '«', '»', '“', '”').ToLowerInvariant())
            .Where(w => w.Length >= 8 && w.All(char.IsLetter));
        var words = _documents.ToDictionary(d => d, d => Words(d).ToHashSet(StringComparer.Ordinal));
        var counts = words.Values.SelectMany(w => w).GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
        var prefixes = words.Values.SelectMany(w => w.Select(x => x[..5]).Distinct()).GroupBy(p => p, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count());
        var candidates = _documents.Where(d => d.Language.Code?.StartsWith(language, StringComparison.Ordinal) == true)
            .OrderBy(d => d.SourcePath, StringComparer.Ordinal)
            .SelectMany(d => words[d].Where(w => counts[w] == 1).Order(StringComparer.Ordinal).Select(w => (Word: w, Document: d)))
            .ToList();
        if (candidates.Count == 0) throw new InconclusiveException($"no {language} document has a word of its own");
        return candidates.OrderByDescending(c => prefixes[c.Word[..5]] > 1).First();
    }
}
