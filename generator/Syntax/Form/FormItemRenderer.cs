using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SdgArchive.Syntax.Form;

/// <summary>An item as <c>&lt;div class="form-item"&gt;</c>: its question, then its answer.</summary>
public sealed class FormItemRenderer : HtmlObjectRenderer<FormItem>
{
    protected override void Write(HtmlRenderer renderer, FormItem obj)
    {
        if (renderer.EnableHtmlForBlock) renderer.EnsureLine().Write("<div class=\"form-item\">").WriteLine();
        renderer.WriteChildren(obj);
        if (renderer.EnableHtmlForBlock) renderer.EnsureLine().Write("</div>").WriteLine();
    }
}
