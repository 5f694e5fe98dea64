using System.Text;

namespace SdgArchive.Reading;

/// <summary>
/// UTF-16 and UTF-32 files, recognised by their byte order mark, as UTF-8: Windows editors save "Unicode" text as
/// UTF-16 with a BOM, and such a document was skipped as binary (its zero bytes) before.
/// </summary>
public static class WideEncodings
{
    /// <summary>The bytes as UTF-8 when they start with a UTF-16/32 byte order mark; otherwise the same array.</summary>
    public static byte[] ToUtf8(byte[] bytes)
    {
        var encoding = Detect(bytes, out var bomLength);
        if (encoding is null) return bytes;
        var text = encoding.GetString(bytes, bomLength, bytes.Length - bomLength); // unpaired halves become U+FFFD
        return Encoding.UTF8.GetBytes(text);
    }

    private static Encoding? Detect(ReadOnlySpan<byte> bytes, out int bomLength)
    {
        bomLength = 4;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return new UTF32Encoding(bigEndian: false, byteOrderMark: false);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) return new UTF32Encoding(bigEndian: true, byteOrderMark: false);
        bomLength = 2;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
        bomLength = 0;
        return null;
    }
}
