using System.Buffers.Binary;
using System.IO.Compression;

namespace SdgArchive.Cards;

/// <summary>
/// Writes palette indices as an 8-bit indexed PNG with the given palette. Skia's encoder only writes RGBA, which
/// cost ~30 ms (four bytes a pixel through zlib with every row filter tried) and ~50 KB per card; one byte a pixel,
/// filter None (what the PNG spec recommends for palette images) and zlib (see <see cref="ZlibLevel"/>) are ~1 ms.
/// Fixed settings and no chunks beyond IHDR/PLTE/IDAT/IEND (no time stamp): same pixels, same bytes.
/// </summary>
public static class IndexedPng
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>
    /// zlib level for the pixel rows. .NET 10's zlib is zlib-ng; on the 400 corpus cards (one byte a pixel, filter
    /// None) level 6 took 1.75 ms and gave 13.7 KiB (median), level 5 1.38 ms / 14.1 KiB, level 4 1.03 ms / 15.7 KiB,
    /// level 3 0.85 ms / 16.2 KiB, level 2 0.75 ms / 17.3 KiB (max 30.2 KiB), level 1 0.55 ms / 27.6 KiB (`card-7`).
    /// Level 2 since `card-8`: at load 0, level 4 took 1.18–1.38 ms (15.3 / 26.3 KiB median / max), level 3
    /// 0.90–1.15 ms (15.9 / 27.4), level 2 0.60–0.77 ms (17.1 / 29.8): half the time for 1.8 KiB, under the 20 KB.
    /// Not better on the same rows: the run-length strategy (0.55–0.61 ms, 18.4 / 33.0 KiB), Filtered (as Default),
    /// filter Up for the rows equal to the one above (70 % of rows; +0.02–0.1 ms, +0.7 KiB), Up for every row
    /// (+0.1–0.3 ms, +1.8 KiB), the smaller of None and Up by sum of absolute values (17.2 KiB; +2 ms, scalar).
    /// </summary>
    public const int ZlibLevel = 2;

    // Per thread, reused card after card (a new stream per card grew and copied its buffer each time).
    [ThreadStatic] private static MemoryStream? _compressed;

    /// <summary>
    /// <paramref name="rows"/> are the image data as PNG stores it: for each of the <paramref name="height"/> rows a
    /// filter byte then <paramref name="width"/> palette indices (see <see cref="IndexedCardPainter"/>).
    /// </summary>
    public static byte[] Encode(ReadOnlySpan<byte> rows, int width, int height, CardPalette palette)
    {
        if (rows.Length != (width + 1) * height)
            throw new ArgumentException("not (1 + width) × height bytes", nameof(rows));
        var compressed = _compressed ??= new MemoryStream(64 * 1024);
        compressed.SetLength(0);
        var options = new ZLibCompressionOptions { CompressionLevel = ZlibLevel };
        using (var zlib = new ZLibStream(compressed, options, leaveOpen: true))
            zlib.Write(rows);
        var idat = compressed.GetBuffer().AsSpan(0, (int)compressed.Length);

        // The file is built in one array of its final size: no growing stream, no copy at the end.
        const int chunkOverhead = 12; // length, type, CRC
        var colours = palette.Colours;
        var png = new byte[Signature.Length + (chunkOverhead + 13) + (chunkOverhead + 3 * colours.Count)
                           + (chunkOverhead + idat.Length) + chunkOverhead];
        Signature.CopyTo(png, 0);
        var at = Signature.Length;
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8; // bits per index
        header[9] = 3; // colour type: indexed; compression, filter and interlace methods 0
        header[10..].Clear();
        at = Chunk(png, at, "IHDR"u8, header);
        Span<byte> plte = stackalloc byte[3 * colours.Count];
        for (var i = 0; i < colours.Count; i++)
        {
            plte[3 * i] = colours[i].Red;
            plte[3 * i + 1] = colours[i].Green;
            plte[3 * i + 2] = colours[i].Blue;
        }
        at = Chunk(png, at, "PLTE"u8, plte);
        at = Chunk(png, at, "IDAT"u8, idat);
        Chunk(png, at, "IEND"u8, []);
        return png;
    }

    private static int Chunk(byte[] png, int at, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(at), data.Length);
        type.CopyTo(png.AsSpan(at + 4));
        data.CopyTo(png.AsSpan(at + 8));
        var crc = Crc32.Update(Crc32.Update(0xFFFFFFFFu, type), data) ^ 0xFFFFFFFFu;
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(at + 8 + data.Length), crc);
        return at + 12 + data.Length;
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
