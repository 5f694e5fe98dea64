using Microsoft.Playwright;
using SdgArchive.Diagnostics;
using SdgArchive.Model;
using SdgArchive.Reading;

namespace SdgArchive.SiteTests.Search;

/// <summary>
/// Search over the 400 real archive pages in a real browser: the index the build makes with pagefind finds a page by
/// a word that page alone has, among hundreds of pages that share most of their vocabulary.
/// </summary>
[NonParallelizable]
public sealed class CorpusSearchBrowserTests : BrowserFixture
{
    private BuiltSite _site = null!;
    private BrowserSiteServer _server = null!;
    private IReadOnlyList<ArchiveDocument> _documents = null!;

    [OneTimeSetUp]
    public void BuildAndServe()
    {
        var corpus = RepoPaths.RequireCorpus();
        _site = BuiltSite.Build(corpus, o => o with { Search = true, Cards = false, Cache = TempFolder.Create("corpus-search-cache") });
        Assert.That(_site.Result.Succeeded, Is.True, string.Join("\n", _site.Result.Diagnostics.Sorted().Where(d => d.Severity == Severity.Error)));
        _documents = ArchiveReader.ReadFolder(corpus, new DiagnosticBag());
        _server = new BrowserSiteServer(_site.Output);
    }

    [OneTimeTearDown]
    public void Stop() => _server?.Dispose();

    [Test]
    public async Task A_word_only_one_of_the_400_pages_has_finds_that_page_at_the_top()
    {
        Assert.That(_documents, Has.Count.EqualTo(400));
        var (word, document) = WordOnlyIn(_documents);
        TestContext.Out.WriteLine($"'{word}' is only in {document.SourcePath}");
        await using var visit = await Browser.NewVisitAsync();
        var page = visit.Page;

        await page.GotoAsync($"{_server.BaseUrl}search/?q={Uri.EscapeDataString(word)}");
        await page.Locator(".search-result").First.WaitForAsync();

        var links = await page.Locator(".search-result-title a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.That(links.Take(3), Does.Contain($"/documents/{document.Slug}/"), $"searched for '{word}'");
        Assert.That(visit.Problems.All, Is.Empty, "no script error and no Content-Security-Policy violation");
    }

    /// <summary>
    /// A long word in exactly one document whose first six letters no other document has (so stemming cannot match
    /// elsewhere either), found with one pass over the stems rather than comparing every pair of documents.
    /// </summary>
    private static (string Word, ArchiveDocument Document) WordOnlyIn(IReadOnlyList<ArchiveDocument> documents)
    {
        static IEnumerable<string> Words(ArchiveDocument d) => (d.Title.Display + " " + d.Body)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', ';', ':', '(', ')', '"', '\'', '!', '?').ToLowerInvariant())
            .Where(w => w.Length >= 9 && w.All(char.IsAsciiLetterLower));
        var words = documents.ToDictionary(d => d, d => Words(d).ToHashSet(StringComparer.Ordinal));
        var stems = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var stem in documents.SelectMany(d => words[d].Select(w => w[..6]).Distinct()))
            stems[stem] = stems.GetValueOrDefault(stem) + 1;
        foreach (var document in documents.OrderBy(d => d.SourcePath, StringComparer.Ordinal))
            foreach (var word in words[document].Order(StringComparer.Ordinal))
                if (stems[word[..6]] == 1) return (word, document);
        throw new InconclusiveException("no document has a word of its own");
    }
}
