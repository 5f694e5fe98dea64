using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SdgArchive.Syntax.Tags;

/// <summary>Tags are metadata: a tag in text writes nothing.</summary>
public sealed class TagInlineRenderer : HtmlObjectRenderer<TagInline>
{
    protected override void Write(HtmlRenderer renderer, TagInline obj) { }
}
