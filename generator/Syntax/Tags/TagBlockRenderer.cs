using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SdgArchive.Syntax.Tags;

/// <summary>Tags are metadata: a tag line writes nothing.</summary>
public sealed class TagBlockRenderer : HtmlObjectRenderer<TagBlock>
{
    protected override void Write(HtmlRenderer renderer, TagBlock obj) { }
}
