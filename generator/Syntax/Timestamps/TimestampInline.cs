using Markdig.Syntax.Inlines;

namespace SdgArchive.Syntax.Timestamps;

/// <summary>
/// <c>[[mm:ss]]</c> or <c>[[h:mm:ss]]</c> in an interview transcript: a point in the story's audio. The reader sets
/// <see cref="AudioUrl"/> from the document's <c>audio</c> tag so the renderer can link to that moment.
/// </summary>
public sealed class TimestampInline(int seconds, string text) : LeafInline
{
    public int Seconds { get; } = seconds;
    /// <summary>As written, without the brackets (<c>8:57</c>).</summary>
    public string Text { get; } = text;
    public string? AudioUrl { get; set; }
}
