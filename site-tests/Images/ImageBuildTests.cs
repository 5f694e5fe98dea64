using SdgArchive.Diagnostics;

namespace SdgArchive.SiteTests.Images;

/// <summary>Images in a real site build: a damaged embedded image is a located warning and the rest of the page is published.</summary>
public class ImageBuildTests
{
    [Test]
    public void Damaged_embedded_image_is_a_located_warning_and_the_document_is_still_published()
    {
        using var chart = ImageTestFiles.Gradient(1200, 700);
        var good = Convert.ToBase64String(ImageTestFiles.Encode(chart, "png"));
        var damaged = Convert.ToBase64String(ImageTestFiles.Encode(chart, "webp")[..24]);
        var source = TempFolder.WithFiles("image-build", new Dictionary<string, string>
        {
            ["clinic.txt"] = string.Join('\n',
                "# Clinic queues",
                "",
                "[[type:solution]]",
                "[[country:Kenya]]",
                "## Description",
                "",
                $"Queues by hour ![Queues by hour](data:image/png;base64,{good})",
                "",
                $"And by day ![Queues by day](data:image/webp;base64,{damaged})",
                ""),
        });

        var site = BuiltSite.Build(source);

        Assert.That(site.Result.Succeeded, Is.True, site.Diagnostics);
        var warning = site.Result.Diagnostics.Sorted().Single(d => d.Code == DiagnosticCodes.ImageUndecodable);
        Assert.That((warning.Severity, Path.GetFileName(warning.Span.Path), warning.Span.Line, warning.Span.Column),
            Is.EqualTo((Severity.Warning, "clinic.txt", 9, 12)), warning.ToString());
        // The document's own page (documents/ also holds the /documents/ listing).
        var page = Directory.GetFiles(Path.Combine(site.Output, "documents"), "index.html", SearchOption.AllDirectories)
            .Single(f => File.ReadAllText(f).Contains("Queues by day", StringComparison.Ordinal));
        var html = File.ReadAllText(page);
        Assert.That(html, Does.Not.Contain("data:image"), "both images left the page");
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var hour = document.QuerySelector("img[alt='Queues by hour']")!;
        Assert.That((hour.GetAttribute("width"), hour.GetAttribute("height")), Is.EqualTo(("1200", "700")));
        Assert.That(hour.ParentElement!.LocalName, Is.EqualTo("picture"));
        var day = document.QuerySelector("img[alt='Queues by day']")!;
        Assert.That(day.GetAttribute("src"), Does.Match("^/media/[0-9a-f]{16}\\.webp$"));
        Assert.That(File.Exists(Path.Combine(site.Output, day.GetAttribute("src")!.TrimStart('/'))), Is.True);
    }
}
