using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace SdgArchive.Reading;

/// <summary>
/// Undoes what the archive's exports did to text: HTML entities (decoded exactly once), UTF-8 read as Mac Roman
/// (<c>‚Äì</c> → <c>–</c>) and runs of whitespace.
/// </summary>
public static partial class TextRepair
{
    private static readonly Encoding MacRoman;

    static TextRepair()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        MacRoman = Encoding.GetEncoding(10000, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    public static string Clean(string text, out bool repairedMojibake)
    {
        var decoded = text.Contains('&') ? WebUtility.HtmlDecode(text) : text;
        var repaired = RepairMojibake(decoded);
        repairedMojibake = !ReferenceEquals(repaired, decoded) && repaired != decoded;
        return CollapseWhitespace(repaired);
    }

    public static string Clean(string text) => Clean(text, out _);

    public static string CollapseWhitespace(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>
    /// Re-encodes each run of non-ASCII characters as Mac Roman and keeps the result only when those bytes are valid UTF-8
    /// that is shorter: a run of real accented letters (é alone) is never valid UTF-8 that way, so the repair is unambiguous.
    /// </summary>
    public static string RepairMojibake(string text)
    {
        if (!NonAscii().IsMatch(text)) return text;
        return NonAscii().Replace(text, match =>
        {
            if (match.Length < 2) return match.Value;
            try
            {
                var bytes = MacRoman.GetBytes(match.Value);
                var utf8 = new UTF8Encoding(false, true).GetString(bytes);
                return utf8.Length < match.Value.Length ? utf8 : match.Value;
            }
            catch (Exception e) when (e is EncoderFallbackException or DecoderFallbackException or ArgumentException)
            {
                return match.Value;
            }
        });
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[^\u0000-\u007F]+")]
    private static partial Regex NonAscii();
}
