using Markdig;
using Markdig.Renderers;

namespace SdgArchive.Syntax.Form;

/// <summary>
/// The archive's form: sections at headings, questions as <c>&gt;</c> quotes, answers after them
/// (<see cref="FormStructure"/>), with a question ending at its last <c>&gt;</c> line (<see cref="PromptLineParser"/>).
/// </summary>
public sealed class FormExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<PromptLineParser>()) pipeline.BlockParsers.Insert(0, new PromptLineParser());
        pipeline.DocumentProcessed -= FormStructure.Apply;
        pipeline.DocumentProcessed += FormStructure.Apply;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        if (!html.ObjectRenderers.Contains<FormSectionRenderer>()) html.ObjectRenderers.Insert(0, new FormSectionRenderer());
        if (!html.ObjectRenderers.Contains<FormItemRenderer>()) html.ObjectRenderers.Insert(0, new FormItemRenderer());
        if (!html.ObjectRenderers.Contains<FormPromptRenderer>()) html.ObjectRenderers.Insert(0, new FormPromptRenderer());
    }
}
