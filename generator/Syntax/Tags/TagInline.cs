using Markdig.Syntax.Inlines;

namespace SdgArchive.Syntax.Tags;

/// <summary>A <c>[[key:value]]</c> tag inside running text: read as metadata like a tag line, not shown.</summary>
public sealed class TagInline(TagSyntax tag) : LeafInline
{
    public TagSyntax Tag { get; } = tag;
}
