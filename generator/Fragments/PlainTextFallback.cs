using System.Net;

namespace SdgArchive.Fragments;

/// <summary>
/// A text the Markdown renderer failed on, shown as what it is: its paragraphs, HTML-escaped, without formatting.
/// Nothing of it is interpreted, so nothing in it can fail again or run.
/// </summary>
public static class PlainTextFallback
{
    public static RenderedFragment Render(string markdown, Exception failure)
    {
        var paragraphs = markdown.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => $"<p>{WebUtility.HtmlEncode(p).Replace("\n", "<br>\n")}</p>");
        return new RenderedFragment(string.Join('\n', paragraphs) + "\n", 0, 0, Sanitized: false)
        {
            Failure = failure.Message.ReplaceLineEndings(" "),
        };
    }
}
