using System.Text;
using SdgArchive.Diagnostics;

namespace SdgArchive.Reading;

/// <summary>Turns a file's bytes into lines of text: BOM stripped, CRLF/CR unified, invalid UTF-8 replaced with a warning.</summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Null when the file must be skipped (empty or binary); the reason is in <paramref name="diagnostics"/>.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string path, List<Diagnostic> diagnostics)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        if (bytes.IndexOf((byte)0) is var nul and >= 0)
        {
            var (nulLine, nulColumn) = LineAndColumnOf(bytes, nul);
            diagnostics.Add(new(new(path, nulLine, nulColumn), Severity.Warning, DiagnosticCodes.BinaryFile, "file contains NUL bytes: it looks binary and was skipped"));
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            text = Encoding.UTF8.GetString(bytes); // invalid sequences become U+FFFD
            var (line, col) = LineAndColumnOf(bytes, ex.Index);
            diagnostics.Add(new(new(path, line, col), Severity.Warning, DiagnosticCodes.InvalidUtf8, "invalid UTF-8 bytes were replaced with U+FFFD"));
        }

        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(new(new(path, 1, 1), Severity.Warning, DiagnosticCodes.EmptyFile, "file is empty and was skipped"));
            return null;
        }
        return text;
    }

    private static (int Line, int Column) LineAndColumnOf(ReadOnlySpan<byte> bytes, int index)
    {
        if (index < 0 || index > bytes.Length) return (1, 1);
        var before = bytes[..index];
        var line = 1 + before.Count((byte)'\n');
        var lastNewline = before.LastIndexOf((byte)'\n');
        return (line, index - lastNewline);
    }
}
