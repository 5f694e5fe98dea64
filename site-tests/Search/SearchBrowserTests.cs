using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SdgArchive.Model;
using SdgArchive.Search;
using SdgArchive.Site;

namespace SdgArchive.SiteTests.Search;

/// <summary>The search page in a real browser, on a site under /archive/ served with the site's Content-Security-Policy.</summary>
[NonParallelizable]
public partial class SearchBrowserTests : BrowserFixture
{
    private SearchFixtureSite _site = null!;
    private BrowserSiteServer _server = null!;

    [OneTimeSetUp]
    public void BuildAndServe()
    {
        _site = SearchFixtureSite.Shared;
        Assert.That(_site.Result.Succeeded, Is.True, string.Join("\n", _site.Result.Diagnostics.Sorted()));
        _server = new BrowserSiteServer(_site.Root, SearchFixtureSite.BasePath);
    }

    [OneTimeTearDown]
    public void Stop() => _server?.Dispose();

    [Test]
    public async Task Typing_a_word_from_one_seed_finds_that_seed()
    {
        var (word, document) = WordOnlyIn(_site.Documents);
        await using var visit = await Browser.NewVisitAsync();
        var page = visit.Page;

        await page.GotoAsync(_server.BaseUrl + "search/");
        await page.Locator("#search[data-search-ready]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator("#search-query").PressSequentiallyAsync(word);
        await page.Locator($"[data-search-results][data-query='{word}'] .search-result").First.WaitForAsync();

        var links = await page.Locator(".search-result-title a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.That(links.Take(3), Does.Contain(_site.DocumentUrl(document)), $"searched for '{word}'");
        var first = page.Locator(".search-result").First;
        Assert.That(await first.Locator("mark").CountAsync(), Is.GreaterThan(0), "matched words are highlighted in the excerpt");
        Assert.That(await first.Locator(".search-result-title").InnerTextAsync(), Is.EqualTo(document.Title.Display));
        Assert.That(page.Url, Does.Contain("q=" + Uri.EscapeDataString(word)), "the query is kept in the URL");
        Assert.That(visit.Problems.All, Is.Empty, "search runs under the site's Content-Security-Policy");
    }

    [Test]
    public async Task Choosing_a_facet_narrows_the_results_to_documents_with_that_value()
    {
        var (word, facet, value, tagged) = WordAndFacetThatSplitIt(_site.Documents);
        TestContext.Out.WriteLine($"'{word}' filtered by {facet} = {value}");
        await using var visit = await Browser.NewVisitAsync();
        var page = visit.Page;

        await page.GotoAsync($"{_server.BaseUrl}search/?q={Uri.EscapeDataString(word)}");
        await page.Locator(".search-result").First.WaitForAsync();
        var before = await page.Locator(".search-result").CountAsync();

        await page.Locator($"input[name='{facet}'][value='{value}']").CheckAsync();
        await Assertions.Expect(page.Locator(".search-result")).Not.ToHaveCountAsync(before);

        var links = await page.Locator(".search-result-title a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var allowed = tagged.Select(_site.DocumentUrl).ToList();
        Assert.That(links, Is.Not.Empty);
        Assert.That(links.Length, Is.LessThan(before));
        Assert.That(links, Is.SubsetOf(allowed), $"'{word}' filtered by {facet} = {value}");
        Assert.That(Uri.UnescapeDataString(page.Url.Replace('+', ' ')), Does.Contain($"{facet}={value}"));
    }

    [Test]
    public async Task Without_javascript_the_page_says_so_and_links_to_the_indexes()
    {
        await using var visit = await Browser.NewVisitAsync(new() { JavaScriptEnabled = false });
        var page = visit.Page;

        await page.GotoAsync(_server.BaseUrl + "search/?q=water");

        Assert.That(await page.Locator(".search-noscript").InnerTextAsync(), Does.Contain("Search needs JavaScript"));
        Assert.That(await page.Locator("[data-search-layout]").IsHiddenAsync(), Is.True, "no empty result area without the script");
        Assert.That(await page.Locator(".search-noscript a").CountAsync(), Is.GreaterThan(0));
    }

    [GeneratedRegex(@"\p{L}{8,}")]
    private static partial Regex LongWord();

    private static HashSet<string> Words(ArchiveDocument d) =>
        LongWord().Matches(d.Title.Display + " " + d.Body).Select(m => m.Value.ToLowerInvariant()).ToHashSet();

    /// <summary>A long word in exactly one seed, whose stem (first letters) no other seed has, so stemming cannot match elsewhere.</summary>
    private static (string Word, ArchiveDocument Document) WordOnlyIn(IReadOnlyList<ArchiveDocument> documents)
    {
        var words = documents.ToDictionary(d => d, Words);
        foreach (var document in documents)
        foreach (var word in words[document].Where(w => w.All(char.IsAsciiLetterLower)).Order(StringComparer.Ordinal))
        {
            var stem = word[..6];
            if (documents.Where(d => d != document).All(d => !words[d].Any(w => w.StartsWith(stem, StringComparison.Ordinal)))) return (word, document);
        }
        throw new InconclusiveException("no seed has a word of its own");
    }

    /// <summary>A word in several seeds and a facet value that some of them have and some do not.</summary>
    private static (string Word, string Facet, string Value, IReadOnlyList<ArchiveDocument> Tagged) WordAndFacetThatSplitIt(IReadOnlyList<ArchiveDocument> documents)
    {
        var facets = new Dictionary<string, Func<ArchiveDocument, IEnumerable<string>>>
        {
            ["type"] = d => d.Types.Select(DocumentTypes.Name),
            ["sdg"] = d => d.Sdgs.Select(SearchRecords.SdgFilterValue),
            ["year"] = d => d.Year is int y ? [y.ToString(System.Globalization.CultureInfo.InvariantCulture)] : [],
        };
        var words = documents.ToDictionary(d => d, Words);
        var common = words.Values.SelectMany(w => w).Where(w => w.All(char.IsAsciiLetterLower)).Distinct().Order(StringComparer.Ordinal)
            .Where(w => documents.Count(d => words[d].Contains(w)) >= 3);
        foreach (var word in common)
        {
            var having = documents.Where(d => words[d].Contains(word)).ToList();
            foreach (var (facet, values) in facets)
            foreach (var value in having.SelectMany(values).Distinct().Order(StringComparer.Ordinal))
            {
                var tagged = having.Where(d => values(d).Contains(value)).ToList();
                if (tagged.Count > 0 && tagged.Count < having.Count) return (word, facet, value, documents.Where(d => values(d).Contains(value)).ToList());
            }
        }
        throw new InconclusiveException("no word and facet split the seeds");
    }
}
