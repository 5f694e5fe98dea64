using SdgArchive.Diagnostics;
using SdgArchive.Images;
using SdgArchive.Output;

namespace SdgArchive.SiteTests.Images;

/// <summary><c>--mirror-images</c> against a loopback server: downloads bounded in time, size and redirects; reused; deterministic.</summary>
public class ImageMirrorTests
{
    private string _root = null!;
    private LoopbackImageServer _server = null!;

    [SetUp]
    public void Start()
    {
        _root = TempFolder.Create("image-mirror");
        using var photo = ImageTestFiles.Gradient(1200, 900);
        using var chart = ImageTestFiles.Gradient(300, 200);
        _server = new LoopbackImageServer(ImageTestFiles.Encode(photo, "jpg"), ImageTestFiles.Encode(chart, "png"));
    }

    [TearDown]
    public void Stop()
    {
        _server.Dispose();
        TempFolder.Remove(_root);
    }

    private ImageMirrorOptions Limits(bool allowLoopback = true) => new()
    {
        Folder = Path.Combine(_root, "cache", "mirror"),
        // Generous: on a loaded 2-core CI machine the loopback server itself can take seconds to answer.
        Timeout = TimeSpan.FromSeconds(10),
        MaxBytes = 1024 * 1024,
        AllowPrivateAddresses = allowLoopback,
    };

    private (ImageRewrite Result, DiagnosticBag Diagnostics) Rewrite(string src, ImageMirrorOptions? limits, string site = "public")
    {
        var pipeline = new ImagePipeline(new ImagePipelineOptions { Mirror = limits is null ? null : new ImageMirror(limits) },
            new StagingOutputSink(StagingFolder.InPlace(Path.Combine(_root, site))));
        var diagnostics = new DiagnosticBag();
        var source = $"# Field notes\n\nThe clinic ![Queue at the clinic]({src})\n";
        return (pipeline.Rewrite($"<p>The clinic <img src=\"{src}\" alt=\"Queue at the clinic\"></p>", new ImageContext("notes.txt", _root, source), diagnostics), diagnostics);
    }

    private static AngleSharp.Dom.IElement Img(ImageRewrite result) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(result.Html).QuerySelector("img")!;

    [Test]
    public void Remote_image_is_published_as_local_responsive_files_with_its_size()
    {
        var (result, diagnostics) = Rewrite(_server.Url("/moved.jpg"), Limits());

        Assert.That(diagnostics.Sorted(), Is.Empty);
        var img = Img(result);
        Assert.That((img.GetAttribute("width"), img.GetAttribute("height")), Is.EqualTo(("1200", "900")));
        Assert.That(img.GetAttribute("src"), Does.Match("^/media/[0-9a-f]{16}-1200\\.jpg$"));
        Assert.That(img.ParentElement!.LocalName, Is.EqualTo("picture"));
        Assert.That(img.ClassList, Does.Not.Contain(ImagePipeline.RemoteClass));
        foreach (var variant in result.Images.Single().Webp.Concat(result.Images.Single().Fallback))
            Assert.That(File.Exists(Path.Combine(_root, "public", variant.RelativePath)), Is.True, variant.RelativePath);
        Assert.That((_server.Count("/moved.jpg"), _server.Count("/photo.jpg")), Is.EqualTo((1, 1)), "the redirect was followed once");
    }

    [Test]
    public void A_second_build_reuses_the_download_and_writes_the_same_bytes()
    {
        var (first, _) = Rewrite(_server.Url("/photo.jpg"), Limits(), "first");
        var (second, diagnostics) = Rewrite(_server.Url("/photo.jpg"), Limits(), "second");

        Assert.That(_server.Count("/photo.jpg"), Is.EqualTo(1), "fetched once, then from the cache");
        Assert.That(diagnostics.Sorted(), Is.Empty);
        Assert.That(second.Html, Is.EqualTo(first.Html));
        Assert.That(FolderHashes.Of(Path.Combine(_root, "second")), Is.EqualTo(FolderHashes.Of(Path.Combine(_root, "first"))));
    }

    [TestCase("/missing.png", "the server answered HTTP 404")]
    [TestCase("/to-file", "redirected to file:, which is not followed")]
    [TestCase("/to-ftp", "redirected to ftp:, which is not followed")]
    [TestCase("/loop", "more than 5 redirects")]
    [TestCase("/slow.jpg", "no answer within 10 s")]
    [TestCase("/announced-huge.png", "50,000,000 bytes is over the limit of 1,048,576")]
    [TestCase("/streamed-huge.png", "more than 1,048,576 bytes")]
    [TestCase("/page.png", "cannot be decoded")]
    public void Failed_download_keeps_the_remote_address_with_a_located_warning(string path, string reason)
    {
        var src = _server.Url(path);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var (result, diagnostics) = Rewrite(src, Limits());

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(60)), "bounded in time (the slow route would take 120 s)");
        var warning = diagnostics.Sorted().Single();
        Assert.That((warning.Code, warning.Severity, warning.Span.Path, warning.Span.Line, warning.Span.Column),
            Is.EqualTo((DiagnosticCodes.ImageNotMirrored, Severity.Warning, "notes.txt", 3, 12)));
        Assert.That(warning.Message, Does.Contain(reason).And.Contain("the page loads it from its server"));
        var img = Img(result);
        Assert.That(img.GetAttribute("src"), Is.EqualTo(src));
        Assert.That(img.ClassList, Does.Contain(ImagePipeline.RemoteClass), "space reserved while it loads");
        Assert.That(_server.Count(path), Is.LessThanOrEqualTo(path == "/loop" ? 6 : 1), "bounded requests");
        Assert.That(Directory.Exists(Path.Combine(_root, "cache", "mirror", "blobs")), Is.EqualTo(path == "/page.png"),
            "only a complete download is stored");
    }

    [Test]
    public void Loopback_and_private_addresses_are_not_fetched_outside_tests()
    {
        var (result, diagnostics) = Rewrite(_server.Url("/photo.jpg"), Limits(allowLoopback: false));

        Assert.That(diagnostics.Sorted().Single().Message, Does.Contain("127.0.0.1 is not a public address"));
        Assert.That(_server.Requests, Is.Empty, "no request reached the server");
        Assert.That(Img(result).GetAttribute("src"), Is.EqualTo(_server.Url("/photo.jpg")));
    }

    [Test]
    public void Without_mirroring_remote_images_stay_remote_and_reserve_space_unless_their_size_is_known()
    {
        var pipeline = new ImagePipeline(new ImagePipelineOptions(),
            new StagingOutputSink(StagingFolder.InPlace(Path.Combine(_root, "public"))));
        var html = $"<img src=\"{_server.Url("/photo.jpg")}\"><img src=\"{_server.Url("/chart.png")}\" width=\"300\" height=\"200\" class=\"wide\">";

        var result = pipeline.Rewrite(html, new ImageContext("notes.txt", _root), new DiagnosticBag());

        var images = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(result.Html).QuerySelectorAll("img");
        Assert.That(images[0].ClassName, Is.EqualTo(ImagePipeline.RemoteClass));
        Assert.That(images[1].ClassName, Is.EqualTo("wide"), "its own width and height reserve its space");
        Assert.That(_server.Requests, Is.Empty, "nothing downloaded");
    }

    [TestCase("127.0.0.1", false)]
    [TestCase("10.1.2.3", false)]
    [TestCase("172.20.0.1", false)]
    [TestCase("192.168.1.10", false)]
    [TestCase("169.254.169.254", false)]
    [TestCase("::1", false)]
    [TestCase("fd00::1", false)]
    [TestCase("::ffff:10.0.0.1", false)]
    [TestCase("185.199.108.153", true)]
    [TestCase("2606:50c0:8000::153", true)]
    public void Public_addresses_are_told_from_private_ones(string address, bool isPublic) =>
        Assert.That(ImageMirror.IsPublic(System.Net.IPAddress.Parse(address)), Is.EqualTo(isPublic));
}
