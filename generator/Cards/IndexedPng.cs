using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace SdgArchive.Cards;

/// <summary>
/// Writes opaque RGBA pixels as an 8-bit indexed PNG with the given palette. Skia's encoder only writes RGBA, which
/// cost ~30 ms (four bytes a pixel through zlib with every row filter tried) and ~50 KB per card; one byte a pixel,
/// filter None (what the PNG spec recommends for palette images) and zlib level 6 measure ~2 ms and ~12 KB.
/// Fixed settings and no chunks beyond IHDR/PLTE/IDAT/IEND (no time stamp): same pixels, same bytes.
/// </summary>
public static class IndexedPng
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    // One index buffer per thread, reused card after card (756 KB: a new one each time cost a large-object allocation).
    [ThreadStatic] private static byte[]? _rows;

    public static byte[] Encode(ReadOnlySpan<byte> rgba, int width, int height, CardPalette palette)
    {
        if (rgba.Length < width * height * 4) throw new ArgumentException("fewer pixels than width × height", nameof(rgba));
        var pixels = MemoryMarshal.Cast<byte, uint>(rgba);
        var stride = width + 1;
        var rows = _rows is { } reused && reused.Length == stride * height ? reused : _rows = new byte[stride * height];
        // Most pixels repeat their left neighbour (background, bands): runs are found and filled with vector
        // instructions, and the nearest-colour search runs once per distinct colour (at glyph edges).
        var known = new Dictionary<uint, byte>();
        for (var y = 0; y < height; y++)
        {
            var row = rows.AsSpan(y * stride + 1, width);
            rows[y * stride] = 0; // filter: None
            var source = pixels.Slice(y * width, width);
            var x = 0;
            while (x < width)
            {
                var pixel = source[x];
                var run = source[x..].IndexOfAnyExcept(pixel);
                if (run < 0) run = width - x;
                if (!known.TryGetValue(pixel, out var index)) known[pixel] = index = palette.Nearest(pixel);
                row.Slice(x, run).Fill(index);
                x += run;
            }
        }


        using var png = new MemoryStream(rows.Length / 16);
        png.Write(Signature);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per index
        header[9] = 3; // colour type: indexed
        Chunk(png, "IHDR", header);
        var plte = new byte[palette.Colours.Count * 3];
        for (var i = 0; i < palette.Colours.Count; i++)
        {
            plte[3 * i] = palette.Colours[i].Red;
            plte[3 * i + 1] = palette.Colours[i].Green;
            plte[3 * i + 2] = palette.Colours[i].Blue;
        }
        Chunk(png, "PLTE", plte);
        Chunk(png, "IDAT", Deflate(rows));
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var compressed = new MemoryStream(data.Length / 16);
        using (var zlib = new ZLibStream(compressed, new ZLibCompressionOptions { CompressionLevel = 6 }, leaveOpen: true))
            zlib.Write(data);
        return compressed.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        var crc = Crc32.Update(Crc32.Update(0xFFFFFFFFu, typeBytes), data) ^ 0xFFFFFFFFu;
        Span<byte> crcBytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crcBytes, crc);
        png.Write(crcBytes);
    }

    /// <summary>The CRC-32 PNG chunks end with (ISO 3309 polynomial, as in the PNG specification's sample code).</summary>
    private static class Crc32
    {
        private static readonly uint[] Table = Enumerable.Range(0, 256).Select(n =>
        {
            var c = (uint)n;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            return c;
        }).ToArray();

        public static uint Update(uint crc, ReadOnlySpan<byte> data)
        {
            foreach (var b in data) crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
            return crc;
        }
    }
}
