using System.Buffers.Binary;
using System.IO.Compression;
using SdgArchive.Cards;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace SdgArchive.SiteTests.Cards;

/// <summary>
/// The card's PNG as another decoder reads it: ImageSharp (not the Skia the card is drawn with) must see, pixel for
/// pixel, the palette colour of each index the rows hold, every row stored with filter None. Guards any change to
/// the encoding (zlib level, strategy, row filters): a wrong filter byte or a mis-assembled chunk changes pixels.
/// </summary>
public class IndexedPngTests : ShippedFontsFixture
{
    private const int Width = SocialCardRenderer.Width;
    private const int Height = SocialCardRenderer.Height;

    private static IEnumerable<TestCaseData> Cards()
    {
        yield return new TestCaseData(new SocialCardInput("Mapping mangrove restoration with fishing cooperatives",
            ["Blog", "Solution"], ["Colombia", "Ecuador"], 2021, [13, 14], "SDG Commons archive"))
            .SetName("Latin title, two goals");
        yield return new TestCaseData(new SocialCardInput("الاقتصاد الدائري في إدارة النفايات الصلبة في المدن السورية",
            ["Learning plan"], ["Syria"], 2022, [12, 11, 1, 2, 3, 4, 5, 6, 7, 8], "SDG Commons archive"))
            .SetName("Arabic title, ten goals");
    }

    [TestCaseSource(nameof(Cards))]
    public void Another_decoder_sees_exactly_the_palette_colours_of_the_stored_indices(SocialCardInput card)
    {
        var png = Renderer.Render(card);
        var (palette, rows) = Read(png);
        using var decoded = Image.Load<Rgb24>(png);

        Assert.That(rows, Has.Length.EqualTo((Width + 1) * Height));
        var filters = Enumerable.Range(0, Height).Select(y => rows[y * (Width + 1)]).Distinct().ToList();
        Assert.That(filters, Is.EqualTo(new byte[] { 0 }), "every row is stored with filter None");
        for (var y = 0; y < Height; y++)
            for (var x = 0; x < Width; x++)
            {
                var index = rows[y * (Width + 1) + 1 + x];
                var expected = new Rgb24(palette[3 * index], palette[3 * index + 1], palette[3 * index + 2]);
                Assert.That(decoded[x, y], Is.EqualTo(expected), $"pixel ({x}, {y}), index {index}");
            }
    }

    /// <summary>The PLTE bytes and the inflated IDAT of <paramref name="png"/>, no image library.</summary>
    private static (byte[] Palette, byte[] Rows) Read(byte[] png)
    {
        var palette = Array.Empty<byte>();
        using var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            if (type == "PLTE") palette = png.AsSpan(at + 8, length).ToArray();
            if (type == "IDAT") idat.Write(png, at + 8, length);
            at += 12 + length;
        }
        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        using var rows = new MemoryStream();
        zlib.CopyTo(rows);
        return (palette, rows.ToArray());
    }
}
