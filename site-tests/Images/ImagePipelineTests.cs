using SdgArchive.Diagnostics;
using SdgArchive.Images;
using SdgArchive.Output;
using SkiaSharp;

namespace SdgArchive.SiteTests.Images;

public class ImagePipelineTests
{
    private string _root = null!;
    private string _content = null!;
    private string _site = null!;

    [SetUp]
    public void CreateFolders()
    {
        _root = TempFolder.Create("images");
        _content = Directory.CreateDirectory(Path.Combine(_root, "content")).FullName;
        _site = Path.Combine(_root, "public");
    }

    [TearDown]
    public void DeleteFolders() => TempFolder.Remove(_root);

    private ImagePipeline Pipeline(string baseUrl = "/archive/") =>
        new(new ImagePipelineOptions { BaseUrl = baseUrl, CacheDirectory = Path.Combine(_root, ".sdg-cache") },
            new StagingOutputSink(StagingFolder.InPlace(_site)));

    [Test]
    public void Local_image_gets_webp_and_jpeg_variants_with_srcset_and_size()
    {
        File.WriteAllBytes(Path.Combine(_content, "field-visit.jpg"), Photo(1200, 800, SKEncodedImageFormat.Jpeg));
        var diagnostics = new DiagnosticBag();

        var result = Pipeline().Rewrite("<p><img src=\"field-visit.jpg\" alt=\"Farmers &amp; mayors\"></p>",
            new ImageContext("001_doc.txt", _content), diagnostics);

        var document = Parse(result.Html);
        var img = document.QuerySelector("picture > img")!;
        var source = document.QuerySelector("picture > source[type='image/webp']")!;
        Assert.That(diagnostics.Count(Severity.Warning), Is.Zero);
        Assert.That((img.GetAttribute("width"), img.GetAttribute("height")), Is.EqualTo(("1200", "800")));
        Assert.That(img.GetAttribute("alt"), Is.EqualTo("Farmers & mayors"));
        Assert.That(img.GetAttribute("loading"), Is.EqualTo("lazy"));
        Assert.That(WidthsIn(img.GetAttribute("srcset")!), Is.EqualTo(new[] { 480, 960, 1200 }), "never wider than the original");
        Assert.That(WidthsIn(source.GetAttribute("srcset")!), Is.EqualTo(new[] { 480, 960, 1200 }));
        foreach (var url in UrlsIn(img.GetAttribute("srcset")!).Concat(UrlsIn(source.GetAttribute("srcset")!)))
        {
            Assert.That(url, Does.StartWith("/archive/media/"), "honours the base path");
            var file = Path.Combine(_site, url["/archive/".Length..]);
            Assert.That(File.Exists(file), Is.True, url);
            using var variant = SKBitmap.Decode(file);
            Assert.That(url, Does.EndWith($"-{variant.Width}.{(url.EndsWith(".webp") ? "webp" : "jpg")}"), "file name tells its real width");
        }
    }

    [Test]
    public void Small_image_is_not_upscaled()
    {
        Directory.CreateDirectory(Path.Combine(_content, "img"));
        File.WriteAllBytes(Path.Combine(_content, "img", "logo.png"), Photo(300, 100, SKEncodedImageFormat.Png));

        var result = Pipeline().Rewrite("<img src=\"img/logo.png\" alt=\"Logo\">", new ImageContext("docs/002.txt", _content), new DiagnosticBag());

        var img = Parse(result.Html).QuerySelector("img")!;
        Assert.That(WidthsIn(img.GetAttribute("srcset")!), Is.EqualTo(new[] { 300 }));
        Assert.That(img.GetAttribute("src"), Does.EndWith("-300.png"), "PNG keeps PNG as its fallback format");
    }

    [Test]
    public void Large_embedded_image_moves_out_of_the_page()
    {
        var base64 = Convert.ToBase64String(Photo(2000, 1500, SKEncodedImageFormat.Png, noisy: true));
        Assert.That(base64.Length, Is.GreaterThan(1_000_000), "the test needs a multi-megabyte embedded image");
        var html = $"<p>Before</p><p><img src=\"data:image/png;base64,{base64}\" alt=\"Chart\"></p><p>After</p>";

        var result = Pipeline().Rewrite(html, new ImageContext("003.txt", _content), new DiagnosticBag());

        Assert.That(result.Html.Length, Is.LessThan(2_000));
        Assert.That(result.Html, Does.Not.Contain("data:"));
        var img = Parse(result.Html).QuerySelector("img")!;
        Assert.That(File.Exists(Path.Combine(_site, img.GetAttribute("src")!["/archive/".Length..])), Is.True);
        Assert.That(img.GetAttribute("width"), Is.EqualTo("1440"), "largest responsive width");
    }

    [Test]
    public void Undecodable_image_warns_and_keeps_its_link()
    {
        File.WriteAllText(Path.Combine(_content, "broken.jpg"), "this is not a JPEG");
        var diagnostics = new DiagnosticBag();
        const string html = "<img src=\"broken.jpg\" alt=\"Broken\">";

        var result = Pipeline().Rewrite(html, new ImageContext("004.txt", _content, "line one\n![Broken](broken.jpg)\n"), diagnostics);

        var warning = diagnostics.Sorted().Single();
        Assert.That((warning.Code, warning.Severity, warning.Span.Line), Is.EqualTo((DiagnosticCodes.ImageUndecodable, Severity.Warning, 2)));
        Assert.That(warning.ToString(), Does.StartWith("004.txt(2,1): warning SDG070"));
        Assert.That(Parse(result.Html).QuerySelector("img")!.GetAttribute("src"), Is.EqualTo("broken.jpg"));
    }

    [Test]
    public void Undecodable_embedded_image_still_leaves_the_page_with_a_warning()
    {
        var junk = Convert.ToBase64String(new byte[300_000]);
        var diagnostics = new DiagnosticBag();

        var result = Pipeline().Rewrite($"<img src=\"data:image/jpeg;base64,{junk}\">", new ImageContext("005.txt", _content), diagnostics);

        Assert.That(diagnostics.Sorted().Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCodes.ImageUndecodable }));
        Assert.That(result.Html.Length, Is.LessThan(500));
        Assert.That(result.Html, Does.Match("src=\"/archive/media/[0-9a-f]{16}\\.jpg\""));
    }

    [Test]
    public void Remote_image_stays_remote_and_loads_lazily()
    {
        const string src = "https://undp-accelerator-labs.github.io/Archive_SDG_Commons_2023/blobs/a.png";
        var diagnostics = new DiagnosticBag();

        var result = Pipeline().Rewrite($"<img src=\"{src}\" alt=\"Missing alt text\">", new ImageContext("006.txt", _content), diagnostics);

        var img = Parse(result.Html).QuerySelector("img")!;
        Assert.That((img.GetAttribute("src"), img.GetAttribute("loading"), img.GetAttribute("decoding")), Is.EqualTo((src, "lazy", "async")));
        Assert.That(diagnostics.Count(Severity.Warning), Is.Zero);
        Assert.That(Directory.EnumerateFiles(_site, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != OutputMarker.FileName), Is.Empty, "nothing downloaded or written");
    }

    [Test]
    public void Missing_local_image_warns_and_keeps_its_link()
    {
        var diagnostics = new DiagnosticBag();
        var result = Pipeline().Rewrite("<img src=\"../secrets/none.png\">", new ImageContext("007.txt", _content), diagnostics);

        Assert.That(diagnostics.Sorted().Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCodes.ImageMissing }));
        Assert.That(result.Html, Does.Contain("src=\"../secrets/none.png\""));
    }

    [Test]
    public void Same_input_gives_same_html_and_files_and_a_rebuild_reuses_the_cache()
    {
        File.WriteAllBytes(Path.Combine(_content, "p.jpg"), Photo(1000, 600, SKEncodedImageFormat.Jpeg));
        var context = new ImageContext("008.txt", _content);
        var first = Pipeline().Rewrite("<img src=\"p.jpg\">", context, new DiagnosticBag());
        var firstFiles = FolderHashes.Of(_site);
        Directory.Delete(_site, recursive: true);

        var second = Pipeline().Rewrite("<img src=\"p.jpg\">", context, new DiagnosticBag());

        Assert.That(second.Html, Is.EqualTo(first.Html));
        Assert.That(FolderHashes.Of(_site), Is.EqualTo(firstFiles));
    }

    [Test]
    public void Attribute_values_containing_angle_brackets_and_quotes_survive()
    {
        var result = Pipeline().Rewrite("<img src=\"https://example.org/a.png\" alt=\"a > b &quot;c&quot;\">", new ImageContext("009.txt", _content), new DiagnosticBag());

        Assert.That(Parse(result.Html).QuerySelector("img")!.GetAttribute("alt"), Is.EqualTo("a > b \"c\""));
    }

    private static AngleSharp.Dom.IDocument Parse(string html) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<!doctype html><body>" + html);

    private static IEnumerable<string> UrlsIn(string srcset) => srcset.Split(',').Select(c => c.Trim().Split(' ')[0]);

    private static int[] WidthsIn(string srcset) => srcset.Split(',').Select(c => int.Parse(c.Trim().Split(' ')[1].TrimEnd('w'))).ToArray();

    /// <summary>A synthetic photo: gradients (and, if noisy, pseudo-random pixels so PNG cannot compress it away).</summary>
    internal static byte[] Photo(int width, int height, SKEncodedImageFormat format, bool noisy = false)
    {
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var random = new Random(42);
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                bitmap.SetPixel(x, y, noisy
                    ? new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256))
                    : new SKColor((byte)(x * 255 / width), (byte)(y * 255 / height), 128));
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }
}
