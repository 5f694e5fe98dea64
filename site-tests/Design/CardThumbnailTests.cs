using AngleSharp.Dom;
using Microsoft.Playwright;
using SdgArchive.SiteTests.Accessibility;
using SdgArchive.SiteTests.Images;

namespace SdgArchive.SiteTests.Design;

/// <summary>
/// Cards show a small picture when their document has an image the site publishes itself (a file beside it, an
/// embedded image), none for a remote image that was not mirrored or a document without images; the picture's box
/// is sized before the file loads.
/// </summary>
[NonParallelizable]
public class CardThumbnailTests : BrowserFixture
{
    private static readonly Lazy<BuiltSite> Site = new(() =>
    {
        using var photo = ImageTestFiles.Gradient(1200, 800);
        using var chart = ImageTestFiles.Gradient(400, 300);
        var embedded = Convert.ToBase64String(ImageTestFiles.Encode(chart, "png"));
        static string Document(string title, string body) =>
            $"# {title}\n\n[[type:solution]]\n[[year:2022]]\n[[country:Peru]]\n\n## Description\n\n"
            + $"> What did you do?\n\n{body}\n";
        var source = TempFolder.WithFiles("thumbs", new Dictionary<string, string>
        {
            ["local.md"] = Document("Local photo", "Market stalls.\n\n![Missing alt text](photo.jpg)"),
            ["embedded.md"] = Document("Embedded chart",
                $"A chart.\n\n![Missing alt text](data:image/png;base64,{embedded})"),
            ["remote.md"] = Document("Remote picture",
                "Far away.\n\n![x](https://undp-accelerator-labs.github.io/a.png)"),
            ["plain.md"] = Document("No picture", "Only words here."),
            ["animated.md"] = Document("Animated", "Moving.\n\n![x](moving.gif)"),
        });
        File.WriteAllBytes(Path.Combine(source, "photo.jpg"), ImageTestFiles.Encode(photo, "jpg"));
        File.WriteAllBytes(Path.Combine(source, "moving.gif"), ImageTestFiles.Encode(chart, "gif"));
        var site = BuiltSite.Build(source);
        Assert.That(site.Result.Succeeded, Is.True, site.Diagnostics);
        return site;
    });

    private static IElement Card(IDocument page, string title) =>
        page.QuerySelectorAll(".card").Single(c => c.QuerySelector(".card-title")!.TextContent.Trim() == title);

    [Test]
    public void A_card_shows_a_small_local_picture_only_when_its_document_has_one()
    {
        var site = Site.Value;
        var page = site.Page("/documents/");
        var local = Card(page, "Local photo").QuerySelector(".card-thumb img");
        Assert.That(local, Is.Not.Null, "a picture beside the document");
        Assert.That(local!.GetAttribute("alt"), Is.Empty, "decorative: the title is the link");
        Assert.That((local.GetAttribute("loading"), local.GetAttribute("width"), local.GetAttribute("height")),
            Is.EqualTo(("lazy", "640", "427")), "lazy, with its size: 640 px wide at most");
        Assert.That(local.GetAttribute("src"), Does.Match("^/media/cards/[0-9a-f]{16}-320\\.jpg$"));
        var files = local.GetAttribute("srcset")!.Split(',').Select(c => c.Trim().Split(' ')[0])
            .Concat(Card(page, "Local photo").QuerySelector("source[type='image/webp']")!.GetAttribute("srcset")!
                .Split(',').Select(c => c.Trim().Split(' ')[0])).ToList();
        Assert.That(files, Has.Count.EqualTo(4));
        foreach (var file in files)
        {
            Assert.That(site.Exists(file), Is.True, file);
            Assert.That(new FileInfo(site.FileOf(file)).Length, Is.LessThan(60_000), $"{file} is small");
        }

        var chart = Card(page, "Embedded chart").QuerySelector(".card-thumb img");
        Assert.That((chart?.GetAttribute("width"), chart?.GetAttribute("height")), Is.EqualTo(("400", "300")),
            "an embedded image, never enlarged");
        Assert.That(Card(page, "Remote picture").QuerySelector(".card-thumb"), Is.Null,
            "a remote image not mirrored: none");
        Assert.That(Card(page, "No picture").QuerySelector(".card-thumb"), Is.Null);
        Assert.That(Card(page, "Animated").QuerySelector(".card-thumb"), Is.Null,
            "a GIF is kept whole: too big for a card");
        Assert.That(site.Page("/countries/peru/").QuerySelectorAll(".card-thumb img"), Has.Length.EqualTo(2),
            "every listing");
        Assert.That(site.Text("/api/browse.json"), Does.Contain("\"thumb\":{\"src\":\"/media/cards/"),
            "browse.js's cards too");
    }

    [Test]
    public async Task The_picture_box_is_sized_before_its_file_loads()
    {
        var site = Site.Value;
        // A phone's width, tall enough for every card to be in view (lazy pictures load only there).
        var tall = new ViewportSize { Width = 390, Height = 3000 };
        await using var visit = await Browser.NewVisitAsync(new() { ViewportSize = tall, IsMobile = true },
            new BrowserSiteRoutes(site.Output) { MayLeaveTheSite = BrowserSiteRoutes.IsRemoteImage });
        // The pictures are held back until the first measurement is taken, then served.
        var release = new TaskCompletionSource();
        await visit.Page.RouteAsync("**/media/cards/**", async route =>
        {
            await release.Task;
            await route.FallbackAsync();
        });
        await visit.Page.GotoAsync(BrowserSiteRoutes.DefaultOrigin + "/documents/",
            new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        const string Boxes = "() => [...document.querySelectorAll('.card-title, .card-thumb img')]"
            + ".map(e => { const r = e.getBoundingClientRect(); return [r.top, r.height]; }).flat()";
        var before = await visit.Page.EvaluateAsync<double[]>(Boxes);
        Assert.That(await visit.Page.EvaluateAsync<bool>(
            "() => [...document.querySelectorAll('.card-thumb img')].some(i => i.complete)"), Is.False,
            "before any arrived");
        release.SetResult();
        await visit.Page.WaitForFunctionAsync(
            "() => [...document.querySelectorAll('.card-thumb img')].every(i => i.complete && i.naturalWidth > 0)");
        var after = await visit.Page.EvaluateAsync<double[]>(Boxes);
        Assert.That(after, Is.EqualTo(before), "nothing moves when the pictures arrive");

        var size = await visit.Page.EvaluateAsync<double[]>(
            "() => { const r = document.querySelector('.card-thumb img').getBoundingClientRect();"
            + " return [r.width, r.height]; }");
        Assert.That(size[0], Is.GreaterThan(300), "the picture spans the card on a phone");
        Assert.That(size[1], Is.EqualTo(size[0] * 9 / 16).Within(1), "in a 16:9 box");
        await BrowserScreenshots.AttachAsync(visit.Page, "cards-with-pictures-phone", fullPage: true);
    }
}
