using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SdgArchive.SiteTests.Accessibility;

/// <summary>
/// All 17 SDG badges as the site's stylesheet draws them (the seeds use only a few goals, so axe never sees the rest):
/// each in its official colour, with text that meets WCAG AA (4.5:1) on it, in the light and the dark scheme.
/// </summary>
[NonParallelizable]
public partial class SdgBadgeContrastTests : BrowserFixture
{
    private static readonly string[] OfficialColours =
    [
        "#E5233B", "#DDA839", "#4D9F39", "#C5182D", "#FF3B21", "#25BDE2", "#FCC30C", "#A21842", "#FD6924",
        "#DD1267", "#FD9D25", "#BE8B2F", "#3F7E44", "#0C97D9", "#56C02A", "#02689D", "#18486A",
    ];

    [TestCase(ColorScheme.Light)]
    [TestCase(ColorScheme.Dark)]
    public async Task Every_goal_badge_has_its_official_colour_and_readable_text(ColorScheme scheme)
    {
        await using var visit = await Browser.NewVisitAsync(new() { ColorScheme = scheme, ViewportSize = Viewports.Desktop }, AccessibilitySite.Routes);
        await visit.GotoAsync(AccessibilitySite.Url("/"));

        // The same markup as document.sbn, one badge per goal, as a link (visited and not) and as a plain span (term pages).
        var colours = await visit.Page.EvaluateAsync<string[][]>("""
            () => {
              const list = document.createElement('ul');
              list.className = 'sdg-badges';
              document.querySelector('main').prepend(list);
              const out = [];
              for (let goal = 1; goal <= 17; goal++) {
                const item = document.createElement('li');
                item.innerHTML = `<a class="sdg-badge sdg-${goal}" href="#"><span class="sdg-number">${goal}</span> <span class="sdg-name">Goal ${goal}</span></a>`;
                list.append(item);
                const badge = item.firstElementChild, name = badge.querySelector('.sdg-name');
                out.push([String(goal), getComputedStyle(badge).backgroundColor, getComputedStyle(name).color]);
              }
              return out;
            }
            """);
        await BrowserScreenshots.AttachAsync(visit.Page, $"sdg-badges-{scheme}".ToLowerInvariant());

        Assert.Multiple(() =>
        {
            foreach (var row in colours)
            {
                var goal = int.Parse(row[0], CultureInfo.InvariantCulture);
                var background = Rgb(row[1]);
                var text = Rgb(row[2]);
                Assert.That(Hex(background), Is.EqualTo(OfficialColours[goal - 1]), $"goal {goal} background");
                Assert.That(Contrast(background, text), Is.GreaterThanOrEqualTo(4.5), $"goal {goal}: {row[2]} on {row[1]}");
            }
        });
    }

    private static (int R, int G, int B) Rgb(string css)
    {
        var m = RgbPattern().Match(css);
        Assert.That(m.Success, $"not an opaque rgb() colour: {css}");
        return (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture),
            int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
    }

    private static string Hex((int R, int G, int B) c) => $"#{c.R:X2}{c.G:X2}{c.B:X2}";

    /// <summary>WCAG 2 contrast ratio.</summary>
    private static double Contrast((int R, int G, int B) a, (int R, int G, int B) b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance((int R, int G, int B) c)
    {
        static double Channel(int v) { var s = v / 255.0; return s <= 0.04045 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4); }
        return 0.2126 * Channel(c.R) + 0.7152 * Channel(c.G) + 0.0722 * Channel(c.B);
    }

    [GeneratedRegex(@"^rgb\((\d+), (\d+), (\d+)\)$")]
    private static partial Regex RgbPattern();
}
