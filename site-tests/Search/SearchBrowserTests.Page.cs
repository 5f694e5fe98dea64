using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SdgArchive.Model;
using SdgArchive.Search;

namespace SdgArchive.SiteTests.Search;

/// <summary>The search page as a reader meets it (issue 14 item 5): readable highlight, one box, open facets, clear-all.</summary>
public partial class SearchBrowserTests
{
    [TestCase(ColorScheme.Light)]
    [TestCase(ColorScheme.Dark)]
    public async Task Highlighted_words_are_readable_in_both_colour_schemes(ColorScheme scheme)
    {
        var (word, _) = WordOnlyIn(_site.Documents);
        await using var visit = await Browser.NewVisitAsync(new() { ColorScheme = scheme });
        var page = visit.Page;

        await page.GotoAsync($"{_server.BaseUrl}search/?q={Uri.EscapeDataString(word)}");
        var mark = page.Locator(".search-result-excerpt mark").First;
        await mark.WaitForAsync();
        var colours = await mark.EvaluateAsync<string[]>(
            "m => { const s = getComputedStyle(m); return [s.color, s.backgroundColor, getComputedStyle(document.body).backgroundColor]; }");

        var ratio = ColourContrast.Ratio(Hex(colours[0]), Hex(colours[1]));
        TestContext.Out.WriteLine($"{scheme}: mark {colours[0]} on {colours[1]} (page {colours[2]}): {ratio:0.00}:1");
        Assert.That(ratio, Is.GreaterThanOrEqualTo(4.5), $"WCAG AA for the matched word in {scheme}");
    }

    [Test]
    public async Task Search_page_has_one_box_open_facets_with_counts_and_a_clear_all()
    {
        var (word, facet, value, _) = WordAndFacetThatSplitIt(_site.Documents);
        await using var visit = await Browser.NewVisitAsync(new() { ViewportSize = new() { Width = 1366, Height = 900 } });
        var page = visit.Page;

        await page.GotoAsync($"{_server.BaseUrl}search/?q={Uri.EscapeDataString(word)}");
        await page.Locator(".search-result").First.WaitForAsync();

        Assert.That(await page.Locator("input[type=search]").CountAsync(), Is.EqualTo(1), "the header box is left out on the search page");
        var facets = page.Locator("details.search-facet");
        Assert.That(await facets.CountAsync(), Is.GreaterThan(0));
        Assert.That(await facets.EvaluateAllAsync<bool[]>("ds => ds.map(d => d.open)"), Has.All.True, "facets start open");
        var count = page.Locator($"details[data-facet='{facet}'] .search-facet-count").First;
        Assert.That(await count.IsVisibleAsync(), Is.True, "counts show without a click");
        Assert.That(int.Parse(await count.InnerTextAsync(), CultureInfo.InvariantCulture), Is.GreaterThan(0));
        var clear = page.Locator("[data-search-clear]");
        Assert.That(await clear.IsVisibleAsync(), Is.False, "nothing to clear yet");

        await page.Locator($"input[name='{facet}'][value='{value}']").CheckAsync();
        await Assertions.Expect(clear).ToBeVisibleAsync();
        await clear.ClickAsync();

        await Assertions.Expect(page.Locator(".search-facets input:checked")).ToHaveCountAsync(0);
        await Assertions.Expect(clear).ToBeHiddenAsync();
        Assert.That(Uri.UnescapeDataString(page.Url), Does.Contain("q=" + word).And.Not.Contain(facet + "="), "the words stay, the filters go");
        Assert.That(visit.Problems.All, Is.Empty);
    }

    [Test]
    public async Task A_word_only_the_forms_questions_use_finds_nothing()
    {
        // The form's prompts are in every document of a type; indexed, they matched everything and filled the excerpts.
        var word = WordOnlyInPrompts(_site.Documents);
        await using var visit = await Browser.NewVisitAsync();
        var page = visit.Page;

        await page.GotoAsync($"{_server.BaseUrl}search/?q={Uri.EscapeDataString(word)}");
        await page.Locator("#search[data-search-ready]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Assertions.Expect(page.Locator("[data-search-status]")).ToHaveTextAsync(new Regex("No documents match"));
        TestContext.Out.WriteLine($"'{word}' is only in prompts");
    }

    private static string WordOnlyInPrompts(IReadOnlyList<ArchiveDocument> documents)
    {
        var indexed = documents.SelectMany(d => LongWord().Matches(SearchRecords.Content(d)).Select(m => m.Value.ToLowerInvariant())).ToHashSet();
        var prompts = documents.SelectMany(d => d.Sections).SelectMany(s => s.Items).Select(i => i.Prompt).OfType<string>()
            .SelectMany(p => LongWord().Matches(p).Select(m => m.Value.ToLowerInvariant()))
            .Where(w => w.All(char.IsAsciiLetterLower)).Distinct().Order(StringComparer.Ordinal);
        // No indexed word may share its first six letters, so stemming cannot match it either.
        return prompts.FirstOrDefault(w => !indexed.Any(i => i.StartsWith(w[..6], StringComparison.Ordinal)))
            ?? throw new InconclusiveException("every prompt word also occurs in some answer");
    }

    /// <summary>"rgb(26, 26, 26)" → "#1A1A1A".</summary>
    private static string Hex(string cssColour)
    {
        var parts = Regex.Matches(cssColour, @"\d+(\.\d+)?").Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.That(parts.Count == 3 || (parts.Count == 4 && parts[3] >= 0.999), Is.True, $"an opaque colour: {cssColour}");
        return "#" + string.Concat(parts.Take(3).Select(p => ((int)p).ToString("X2", CultureInfo.InvariantCulture)));
    }
}
