using Markdig.Parsers;
using Markdig.Syntax;

namespace SdgArchive.Syntax.Tags;

/// <summary>A line (or a value's lines) holding nothing but <c>[[key:value]]</c> tags: metadata, never shown as text.</summary>
public sealed class TagBlock(BlockParser parser) : LeafBlock(parser)
{
    public List<TagSyntax> Tags { get; } = [];

    /// <summary>Lines still to be taken by a value that runs over line breaks.</summary>
    internal int PendingLines { get; set; }
}
