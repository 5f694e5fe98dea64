using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SdgArchive.Syntax.Form;

/// <summary>A question as <c>&lt;p class="prompt"&gt;</c>, then the answer typed after it, if any.</summary>
public sealed class FormPromptRenderer : HtmlObjectRenderer<FormPrompt>
{
    protected override void Write(HtmlRenderer renderer, FormPrompt obj)
    {
        if (!renderer.EnableHtmlForBlock) { renderer.WriteEscape(obj.Question).WriteLine(); return; }
        renderer.EnsureLine().Write("<p class=\"prompt\">").WriteEscape(obj.Question).Write("</p>").WriteLine();
        if (obj.TypedAnswer is { } typed) renderer.Write("<p>").WriteEscape(typed).Write("</p>").WriteLine();
    }
}
