using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SdgArchive.Syntax.Form;

/// <summary>A section as <c>&lt;section&gt;</c> with its heading and items (the whole-document view, as a reader of the source sees it).</summary>
public sealed class FormSectionRenderer : HtmlObjectRenderer<FormSection>
{
    protected override void Write(HtmlRenderer renderer, FormSection obj)
    {
        if (renderer.EnableHtmlForBlock) renderer.EnsureLine().Write("<section class=\"form-section\">").WriteLine();
        renderer.WriteChildren(obj);
        if (renderer.EnableHtmlForBlock) renderer.EnsureLine().Write("</section>").WriteLine();
    }
}
