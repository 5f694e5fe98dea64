using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SdgArchive.Diagnostics;

namespace SdgArchive.SiteTests.Map;

/// <summary>
/// The map tells the truth in the reader's language: a point at 0,0 is drawn apart and called uncertain, filters are
/// kept when a reader follows a marker and comes back, and a French map shows no English word, even the ones the
/// script writes (groups, counts, status, tooltips).
/// </summary>
[NonParallelizable]
public partial class MapTruthTests : BrowserFixture
{
    [Test]
    public void A_point_at_zero_zero_is_reported_drawn_apart_and_called_uncertain()
    {
        var site = MapFixtureSite.Site;
        Assert.That(site.Result.Diagnostics.Sorted().Where(d => d.Code == DiagnosticCodes.PointOutsideCountry)
            .Select(d => Path.GetFileName(d.Span.Path)), Is.EqualTo(new[] { MapFixtureSite.NullIslandFile }),
            site.Diagnostics);

        var page = site.Page("/map/");
        var uncertain = page.QuerySelectorAll("a.map-marker.map-uncertain").ToList();
        Assert.That(uncertain.Select(m => m.GetAttribute("aria-label")),
            Is.EqualTo(new[] { "Ghana (emplacement incertain): 1 document" }));
        Assert.That(page.QuerySelectorAll("a.map-marker:not(.map-uncertain)").Select(m => m.GetAttribute("data-name")),
            Is.EquivalentTo(new[] { "Kenya", "Uganda", "Rwanda", "Peru" }), "the true points are drawn as usual");
        Assert.That(page.QuerySelector(".map-key-uncertain")?.ParentElement?.TextContent,
            Does.Contain("emplacement incertain"),
            "the legend explains the hollow marker");
        var row = page.QuerySelectorAll("#map-places tbody tr")
            .Single(r => r.QuerySelector("th a")!.TextContent == "Ghana");
        Assert.That(row.QuerySelector(".map-note")?.TextContent, Is.EqualTo("(emplacement incertain)"));
    }

    [Test]
    public async Task The_uncertain_point_says_so_in_its_tooltip_and_is_drawn_hollow()
    {
        var site = MapFixtureSite.Site;
        await using var visit = await MapTargetTests.OpenAsync(Browser, site, "/", phone: false);
        var page = visit.Page;
        await page.FocusAsync("a.map-marker.map-uncertain");
        Assert.That(await page.TextContentAsync(".map-tooltip"), Does.Contain("Ghana (emplacement incertain)"));
        var style = await page.EvaluateAsync<string[]>(
            "() => { const s = getComputedStyle(document.querySelector('a.map-marker.map-uncertain circle')); " +
            "const n = getComputedStyle(document.querySelector('a.map-marker:not(.map-uncertain) circle'));" +
            "return [s.strokeDasharray, s.fill, n.strokeDasharray, n.fill]; }");
        Assert.That(style[0], Is.Not.EqualTo("none"), "dashed");
        Assert.That(style[1], Is.Not.EqualTo(style[3]), "filled differently from a true point");
        Assert.That(visit.Problems.All, Is.Empty);
    }

    [Test]
    public async Task Back_from_a_marker_returns_to_the_map_with_the_same_filters()
    {
        var site = MapSites.Corpus;
        await using var visit = await MapTargetTests.OpenAsync(Browser, site, Sites.ArchiveBasePath, phone: false);
        var page = visit.Page;
        await page.SelectOptionAsync("select[name=type]", "experiment");
        await page.FillAsync("input[name=from]", "2021");
        await page.WaitForFunctionAsync("() => location.hash.includes('from=2021')");
        var mapUrl = page.Url;
        var listed = await MapBrowserTests.AllListedAsync(page);
        var places = await page.GetAttributeAsync("#world-map", "data-visible-markers");
        Assert.That(listed, Is.Not.Empty);

        var marker = page.Locator("a.map-marker:not([display=none])").First;
        var href = (await marker.GetAttributeAsync("href"))!;
        Assert.That(site.Exists(href), $"{href} leads to a page");
        await marker.ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/map/", StringComparison.Ordinal));
        Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo(href),
            "the marker leads to its place's page, its address intact");

        await page.GoBackAsync();
        await page.WaitForSelectorAsync("#world-map[data-ready='true']");
        Assert.That(page.Url, Is.EqualTo(mapUrl));
        Assert.That(await page.InputValueAsync("select[name=type]"), Is.EqualTo("experiment"));
        Assert.That(await page.InputValueAsync("input[name=from]"), Is.EqualTo("2021"));
        Assert.That(await page.GetAttributeAsync("#world-map", "data-visible-markers"), Is.EqualTo(places));
        Assert.That(await MapBrowserTests.AllListedAsync(page), Is.EqualTo(listed), "the list shows the same documents");
        Assert.That(visit.Problems.All, Is.Empty);
    }

    [Test]
    public async Task A_french_map_shows_no_english_word_even_from_the_script()
    {
        var site = MapFixtureSite.Site;
        var english = EnglishOnlyFragments(MapFixtureSite.Language);
        Assert.That(english, Does.Contain("location uncertain").And.Contain("match the filters"),
            "the check knows the script's words");

        await using var visit = await MapTargetTests.OpenAsync(Browser, site, "/");
        var page = visit.Page;
        var texts = new List<string>();
        var groups = await page.Locator("g.map-cluster:not([display=none])").CountAsync();
        Assert.That(groups, Is.GreaterThan(0), "East Africa is grouped on a phone");
        texts.AddRange(await ShownTextsAsync(page));
        await page.FocusAsync("a.map-marker.map-uncertain");
        texts.AddRange(await ShownTextsAsync(page));
        await page.SelectOptionAsync("select[name=type]", "solution");
        Assert.That(await page.TextContentAsync(".map-status"), Is.Not.Empty);
        texts.AddRange(await ShownTextsAsync(page));
        await page.SelectOptionAsync("select[name=sdg]", "3");
        Assert.That(await page.IsVisibleAsync(".map-docs-empty"), "no document matches: the list says so");
        texts.AddRange(await ShownTextsAsync(page));
        await BrowserScreenshots.AttachAsync(page, "map-french.png", fullPage: true);

        var found = texts.Distinct().SelectMany(text => english.Where(word => word.Contains(' ')
            ? text.Contains(word, StringComparison.Ordinal)
            : Regex.IsMatch(text, $@"(?<!\p{{L}}){Regex.Escape(word)}(?!\p{{L}})"))
            .Select(word => $"\"{word}\" in \"{text}\"")).ToList();
        Assert.That(found, Is.Empty);
        Assert.That(visit.Problems.All, Is.Empty);
    }

    /// <summary>What the page shows or says of itself now: visible text and the labels of shown elements.</summary>
    private static Task<string[]> ShownTextsAsync(IPage page) => page.EvaluateAsync<string[]>("""
        () => {
          const main = document.querySelector('main');
          const labels = [...main.querySelectorAll('[aria-label], [placeholder], [title]')]
            .filter(e => !e.closest('[hidden], [display=none]'))
            .flatMap(e => ['aria-label', 'placeholder', 'title'].map(a => e.getAttribute(a)).filter(Boolean));
          return main.innerText.split('\n').map(t => t.trim()).filter(Boolean).concat(labels);
        }
        """);

    /// <summary>
    /// The fixed parts (around placeholders) of the English map, type and goal strings that the other language does
    /// not share: any of them on the French page is an untranslated word.
    /// </summary>
    private static HashSet<string> EnglishOnlyFragments(string language)
    {
        var english = Strings("en");
        var other = Strings(language);
        string[] prefixes = ["map.", "type.", "sdg."];
        return english.Where(e => prefixes.Any(p => e.Key.StartsWith(p, StringComparison.Ordinal))
                                  && other.GetValueOrDefault(e.Key) != e.Value)
            .SelectMany(e => Placeholder().Split(e.Value)).Select(f => f.Trim(' ', ',', '.', ':', ';', '(', ')'))
            .Where(f => f.Count(char.IsLetter) >= 2 && !other.Values.Any(v => v.Contains(f, StringComparison.Ordinal)))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static Dictionary<string, string> Strings(string language)
    {
        var file = Path.Combine(RepoPaths.Templates, "i18n", language + ".json");
        using var json = JsonDocument.Parse(File.ReadAllText(file),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return json.RootElement.EnumerateObject().SelectMany(p => p.Value.ValueKind == JsonValueKind.String
                ? [(p.Name, p.Value.GetString()!)]
                : p.Value.EnumerateObject().Select(f => ($"{p.Name}.{f.Name}", f.Value.GetString()!)))
            .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\{[a-z0-9]+\}")]
    private static partial Regex Placeholder();
}
