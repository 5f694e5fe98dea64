using Markdig;
using Markdig.Renderers;

namespace SdgArchive.Syntax.Emails;

/// <summary>E-mail addresses in the text, as GFM sees them, published by the site's privacy policy.</summary>
public sealed class EmailExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= EmailFinder.Apply;
        pipeline.DocumentProcessed += EmailFinder.Apply;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is Markdig.Renderers.HtmlRenderer html && !html.ObjectRenderers.Contains<EmailRenderer>())
            html.ObjectRenderers.Insert(0, new EmailRenderer());
    }
}
