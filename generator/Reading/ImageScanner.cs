using System.Text.RegularExpressions;
using SdgArchive.Model;

namespace SdgArchive.Reading;

/// <summary>Finds the images of a body: Markdown <c>![alt](src)</c> and HTML <c>&lt;img src alt&gt;</c>, outside code fences.</summary>
public static partial class ImageScanner
{
    public static IReadOnlyList<DocumentImage> Find(string[] lines)
    {
        var images = new List<DocumentImage>();
        var fence = new FenceTracker();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (fence.Update(line) || fence.Inside) continue;
            if (!line.Contains("![", StringComparison.Ordinal) && !line.Contains("<img", StringComparison.OrdinalIgnoreCase)) continue;
            foreach (Match m in MarkdownImage().Matches(line))
                images.Add(Make(TextRepair.Clean(m.Groups["alt"].Value), m.Groups["src"], i + 1, m.Index + 1));
            foreach (Match m in HtmlImage().Matches(line))
            {
                var alt = HtmlAlt().Match(m.Value);
                images.Add(Make(alt.Success ? TextRepair.Clean(alt.Groups["alt"].Value) : "", m.Groups["src"], i + 1, m.Index + 1));
            }
        }
        return images;
    }

    private static DocumentImage Make(string alt, Group source, int line, int column)
    {
        var src = source.Value.Trim();
        if (!src.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            return new DocumentImage(alt, src, null, 0, line, column);
        var end = src.IndexOfAny([';', ',']);
        var mediaType = end > 5 ? src[5..end].Trim().ToLowerInvariant() : "application/octet-stream";
        return new DocumentImage(alt, null, mediaType, src.Length, line, column);
    }

    [GeneratedRegex(@"!\[(?<alt>[^\]]*)\]\(\s*<?(?<src>data:[^)\s>]*|[^)\s>]+)")]
    private static partial Regex MarkdownImage();

    [GeneratedRegex(@"<img\b[^>]*?\bsrc\s*=\s*[""'](?<src>[^""']*)[""'][^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlImage();

    [GeneratedRegex(@"\balt\s*=\s*[""'](?<alt>[^""']*)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlAlt();
}
