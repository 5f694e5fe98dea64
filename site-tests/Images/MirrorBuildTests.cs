using SdgArchive.Diagnostics;
using SdgArchive.Build;
using SdgArchive.Images;

namespace SdgArchive.SiteTests.Images;

/// <summary><c>build --mirror-images</c> on a real site: remote images become local files, and stay so from the cache.</summary>
public class MirrorBuildTests
{
    [Test]
    public void Mirrored_build_publishes_remote_images_locally_and_a_rebuild_needs_no_server()
    {
        using var photo = ImageTestFiles.Gradient(1000, 750);
        using var chart = ImageTestFiles.Gradient(300, 200);
        var server = new LoopbackImageServer(ImageTestFiles.Encode(photo, "jpg"), ImageTestFiles.Encode(chart, "png"));
        var root = TempFolder.Create("mirror-build");
        var source = TempFolder.WithFiles("mirror-build-seeds", new Dictionary<string, string>
        {
            ["market.txt"] = string.Join('\n', "# Market day", "", "[[type:solution]]", "[[country:Peru]]", "## Description", "",
                $"Stalls ![Missing alt text]({server.Url("/photo.jpg")})", "", $"Gone ![Missing alt text]({server.Url("/missing.png")})", ""),
        });
        BuildOptions Mirrored(BuildOptions o) => o with
        {
            Cache = Path.Combine(root, "cache"),
            MirrorImages = true,
            MirrorLimits = new ImageMirrorOptions { Timeout = TimeSpan.FromSeconds(10), AllowPrivateAddresses = true },
        };

        BuiltSite first;
        using (server) first = BuiltSite.Build(source, Mirrored, Path.Combine(root, "first"));
        var second = BuiltSite.Build(source, o => Mirrored(o) with { UseCache = false }, Path.Combine(root, "second"));

        foreach (var site in new[] { first, second })
        {
            Assert.That(site.Result.Succeeded, Is.True, site.Diagnostics);
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(
                Directory.GetFiles(Path.Combine(site.Output, "documents"), "index.html", SearchOption.AllDirectories)
                    .Single(f => File.ReadAllText(f).Contains("Stalls", StringComparison.Ordinal))));
            var images = page.QuerySelectorAll("main img");
            Assert.That(images[0].GetAttribute("src"), Does.Match("^/media/[0-9a-f]{16}-1000\\.jpg$"), "served from the site");
            Assert.That((images[0].GetAttribute("width"), images[0].GetAttribute("height")), Is.EqualTo(("1000", "750")));
            Assert.That(images[1].GetAttribute("src"), Does.EndWith("/missing.png"), "a failed download stays remote");
            Assert.That(images[1].ClassName, Is.EqualTo(ImagePipeline.RemoteClass));
            var warning = site.Result.Diagnostics.Sorted().Single(d => d.Code == DiagnosticCodes.ImageNotMirrored);
            Assert.That((Path.GetFileName(warning.Span.Path), warning.Span.Line, warning.Span.Column), Is.EqualTo(("market.txt", 9, 6)));
            Assert.That(site.Result.Diagnostics.Sorted().Single(d => d.Code == DiagnosticCodes.RemoteImages).Message,
                Does.StartWith("1 of 2 remote images (127.0.0.1) are in the mirror"));
        }
        var media = (BuiltSite s) => Directory.GetFiles(Path.Combine(s.Output, "media")).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f).Length));
        Assert.That(media(second), Is.EqualTo(media(first)), "the second build, with the server gone, made the same files from the cache");
    }

    [Test]
    public void Without_mirroring_the_build_says_how_many_pages_load_images_from_elsewhere()
    {
        var source = TempFolder.WithFiles("remote-note", new Dictionary<string, string>
        {
            ["a.txt"] = "# A\n\n[[type:blog]]\n## Body\n\n![x](https://undp-accelerator-labs.github.io/a.png) ![y](https://example.org/b.jpg)\n",
            ["b.txt"] = "# B\n\n[[type:blog]]\n## Body\n\n![x](https://undp-accelerator-labs.github.io/a.png)\n",
            ["c.txt"] = "# C\n\n[[type:blog]]\n## Body\n\nNo images.\n",
        });

        var site = BuiltSite.Build(source);

        var note = site.Result.Diagnostics.Sorted().Single(d => d.Code == DiagnosticCodes.RemoteImages);
        Assert.That((note.Severity, note.Message), Is.EqualTo((Severity.Info,
            "2 document pages load 2 images from other servers (example.org, undp-accelerator-labs.github.io); --mirror-images publishes them as local files")));
    }
}
