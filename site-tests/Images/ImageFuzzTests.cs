using SdgArchive.Diagnostics;
using SdgArchive.Images;
using SdgArchive.Output;

namespace SdgArchive.SiteTests.Images;

/// <summary>
/// Truncated and malformed PNG, JPEG, GIF and WebP files, embedded as data URIs the way the archive embeds them: each
/// is either published (width, height and files that exist) or a located SDG070 warning, and never stops the build.
/// </summary>
public class ImageFuzzTests
{
    private string _root = null!;

    [SetUp]
    public void CreateFolders() => _root = TempFolder.Create("image-fuzz");

    [TearDown]
    public void DeleteFolders() => TempFolder.Remove(_root);

    [TestCase("png", "image/png")]
    [TestCase("jpg", "image/jpeg")]
    [TestCase("gif", "image/gif")]
    [TestCase("webp", "image/webp")]
    public void Damaged_files_are_published_or_warned_about_never_thrown(string format, string mediaType)
    {
        using var image = ImageTestFiles.Gradient(96, 64);
        var valid = ImageTestFiles.Encode(image, format);
        var site = Path.Combine(_root, format);
        var pipeline =
            new ImagePipeline(new ImagePipelineOptions(), new StagingOutputSink(StagingFolder.InPlace(site)));
        var (published, warned) = (0, 0);

        foreach (var (name, bytes) in Damaged(valid, seed: format.GetHashCode(StringComparison.Ordinal) & 0xffff))
        {
            var src = $"data:{mediaType};base64,{Convert.ToBase64String(bytes)}";
            var source = $"# Damaged {name}\n\nBefore ![chart]({src}) after\n";
            var diagnostics = new DiagnosticBag();

            var result = pipeline.Rewrite($"<p>Before <img src=\"{src}\" alt=\"chart\"> after</p>", new ImageContext("fuzz.txt", "/nonexistent", source), diagnostics);

            var img = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(result.Html).QuerySelector("img")!;
            Assert.That(img.GetAttribute("src"), Does.Not.StartWith("data:"), $"{name}: the bytes leave the page either way");
            if (diagnostics.Sorted() is [var warning])
            {
                warned++;
                Assert.That((warning.Code, warning.Severity, warning.Span.Path, warning.Span.Line, warning.Span.Column),
                    Is.EqualTo((DiagnosticCodes.ImageUndecodable, Severity.Warning, "fuzz.txt", 3, 8)), $"{name}: {warning}");
                Assert.That(img.GetAttribute("width"), Is.Null, name);
            }
            else
            {
                Assert.That(diagnostics.Sorted(), Is.Empty, name);
                published++;
                // A flipped header byte can make another valid size: whatever it says, within the pixel limit.
                var (width, height) = (long.Parse(img.GetAttribute("width")!), long.Parse(img.GetAttribute("height")!));
                Assert.That(width * height, Is.InRange(1, 50_000_000), name);
                foreach (var variant in result.Images.Single().Webp.Concat(result.Images.Single().Fallback))
                    Assert.That(File.Exists(Path.Combine(site, variant.RelativePath)), Is.True, $"{name}: {variant.RelativePath}");
            }
        }
        TestContext.Out.WriteLine($"{format}: {published} published, {warned} warned");
        Assert.That(warned, Is.GreaterThanOrEqualTo(10), "the short truncations at least cannot be images");
    }

    [Test]
    public void Header_claiming_a_huge_image_is_refused_before_decoding()
    {
        // A valid 1 × 1 PNG whose header says 40,000 × 40,000: decoding it would ask for 6.4 GB.
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), 40_000);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), 40_000);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc32(png.AsSpan(12, 17))); // "IHDR" and its data
        var diagnostics = new DiagnosticBag();
        var before = GC.GetTotalAllocatedBytes(precise: true);

        new ImagePipeline(new ImagePipelineOptions(), new StagingOutputSink(StagingFolder.InPlace(_root)))
            .Rewrite($"<img src=\"data:image/png;base64,{Convert.ToBase64String(png)}\">", new ImageContext("big.txt", _root), diagnostics);

        Assert.That(GC.GetTotalAllocatedBytes(precise: true) - before, Is.LessThan(50_000_000));
        var warning = diagnostics.Sorted().Single();
        Assert.That((warning.Code, warning.Message), Is.EqualTo((DiagnosticCodes.ImageUndecodable,
            "embedded image/png image cannot be decoded (40000 × 40000 pixels is over the limit of 50 megapixels); written as media/" +
            Path.GetFileName(Directory.GetFiles(Path.Combine(_root, "media")).Single()) + " unchanged")));
    }

    /// <summary>The CRC-32 a PNG chunk ends with (ISO 3309, as in zlib).</summary>
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }

    /// <summary>Cut at every interesting length, bytes flipped at random, and header bytes set to 0xFF.</summary>
    private static IEnumerable<(string Name, byte[] Bytes)> Damaged(byte[] valid, int seed)
    {
        var random = new Random(seed);
        foreach (var length in new[] { 0, 1, 2, 4, 8, 12, 16, 24, 32, 48, 64, valid.Length / 4, valid.Length / 2, valid.Length * 3 / 4, valid.Length - 2, valid.Length - 1 }.Distinct())
            yield return ($"cut at {length} of {valid.Length}", valid[..length]);
        for (var i = 0; i < 40; i++)
        {
            var bytes = (byte[])valid.Clone();
            var flips = random.Next(1, 9);
            for (var f = 0; f < flips; f++) bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
            yield return ($"{flips} bytes flipped (#{i})", bytes);
        }
        for (var offset = 0; offset < Math.Min(40, valid.Length); offset += 2)
        {
            var bytes = (byte[])valid.Clone();
            bytes[offset] = 0xFF;
            bytes[offset + 1] = 0xFF;
            yield return ($"0xFFFF at {offset}", bytes);
        }
        var appended = valid.Concat(Enumerable.Repeat((byte)0x42, 1000)).ToArray();
        yield return ("garbage after the end", appended);
    }
}
