using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SdgArchive.Syntax;

/// <summary>A block and everything under it, blocks and inlines, in reading order.</summary>
public static class TreeWalk
{
    public static IEnumerable<MarkdownObject> SelfAndDescendants(Block block)
    {
        yield return block;
        if (block is LeafBlock { Inline: { } inline })
        {
            foreach (var child in inline.Descendants<Inline>()) yield return child;
        }
        else if (block is ContainerBlock container)
        {
            foreach (var child in container)
                foreach (var node in SelfAndDescendants(child)) yield return node;
        }
    }
}
