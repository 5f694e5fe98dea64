using SdgArchive.Diagnostics;
using SdgArchive.Images;
using SdgArchive.Output;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace SdgArchive.SiteTests.Images;

/// <summary>Phone photos are stored landscape with an EXIF orientation: the page must show them the way they were taken.</summary>
public class ImageOrientationTests
{
    private string _root = null!;
    private string _content = null!;
    private string _site = null!;

    [SetUp]
    public void CreateFolders()
    {
        _root = TempFolder.Create("image-orientation");
        _content = Directory.CreateDirectory(Path.Combine(_root, "content")).FullName;
        _site = Path.Combine(_root, "public");
    }

    [TearDown]
    public void DeleteFolders() => TempFolder.Remove(_root);

    [Test]
    public void Portrait_photo_stored_turned_is_published_upright_with_portrait_size()
    {
        // Stored 800 × 600 with orientation 6 ("turn 90° clockwise to view"): shown 600 wide and 800 high.
        File.WriteAllBytes(Path.Combine(_content, "portrait.jpg"), ImageTestFiles.CameraJpeg(800, 600, orientation: 6));
        var pipeline =
            new ImagePipeline(new ImagePipelineOptions(), new StagingOutputSink(StagingFolder.InPlace(_site)));

        var result = pipeline.Rewrite("<img src=\"portrait.jpg\" alt=\"Workshop\">", new ImageContext("a.txt", _content), new DiagnosticBag());

        var img = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(result.Html).QuerySelector("img")!;
        Assert.That((img.GetAttribute("width"), img.GetAttribute("height")), Is.EqualTo(("600", "800")));
        var largest = result.Images.Single().Largest;
        using var published = Image.Load<Rgba32>(Path.Combine(_site, largest.RelativePath));
        Assert.That((published.Width, published.Height), Is.EqualTo((600, 800)), "pixels turned, not only the attributes");
        // The stored image's white top-left block is, turned clockwise, at the top right of the upright picture.
        Assert.That(Brightness(published[published.Width - 30, 30]), Is.GreaterThan(240), "white block at the top right");
        Assert.That(Brightness(published[30, 30]), Is.LessThan(200), "top left is the gradient");
        Assert.That(published.Metadata.ExifProfile?.GetValue(SixLabors.ImageSharp.Metadata.Profiles.Exif.ExifTag.Orientation)?.Value ?? 1,
            Is.EqualTo(1), "no orientation left for a browser to apply twice");
    }

    [Test]
    public void Camera_metadata_and_gps_position_are_not_published()
    {
        var bytes = ImageTestFiles.CameraJpeg(640, 480, orientation: 1);
        Assert.That(System.Text.Encoding.Latin1.GetString(bytes), Does.Contain("Field camera 3000"), "the input carries it");
        File.WriteAllBytes(Path.Combine(_content, "camera.jpg"), bytes);
        var pipeline =
            new ImagePipeline(new ImagePipelineOptions(), new StagingOutputSink(StagingFolder.InPlace(_site)));

        pipeline.Rewrite("<img src=\"camera.jpg\">", new ImageContext("a.txt", _content), new DiagnosticBag());

        var files = Directory.GetFiles(Path.Combine(_site, "media"));
        Assert.That(files, Has.Length.EqualTo(4), "webp and jpg at 480 and 640");
        foreach (var file in files)
        {
            using var published = Image.Load(file);
            Assert.That(published.Metadata.ExifProfile, Is.Null, Path.GetFileName(file));
            Assert.That(System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(file)), Does.Not.Contain("Field camera"), Path.GetFileName(file));
        }
    }

    private static int Brightness(Rgba32 pixel) => Math.Min(pixel.R, Math.Min(pixel.G, pixel.B));
}
