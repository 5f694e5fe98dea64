using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SdgArchive.Syntax.Tags;

/// <summary>
/// The archive's <c>[[key:value]]</c> metadata: tag lines become <see cref="TagBlock"/>s, tags inside text
/// <see cref="TagInline"/>s. Neither is shown: the reader turns them into the document's fields.
/// </summary>
public sealed class TagExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<TagBlockParser>()) pipeline.BlockParsers.Insert(0, new TagBlockParser());
        if (!pipeline.InlineParsers.Contains<TagInlineParser>())
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new TagInlineParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        if (!html.ObjectRenderers.Contains<TagBlockRenderer>()) html.ObjectRenderers.Insert(0, new TagBlockRenderer());
        if (!html.ObjectRenderers.Contains<TagInlineRenderer>()) html.ObjectRenderers.Insert(0, new TagInlineRenderer());
    }
}
