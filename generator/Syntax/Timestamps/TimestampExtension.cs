using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace SdgArchive.Syntax.Timestamps;

/// <summary>The story transcripts' <c>[[mm:ss]]</c> marks, read before tags and links so they never show as text.</summary>
public sealed class TimestampExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<TimestampInlineParser>())
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new TimestampInlineParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<TimestampRenderer>())
            html.ObjectRenderers.Insert(0, new TimestampRenderer());
    }
}
