using Markdig.Parsers;
using Markdig.Syntax;

namespace SdgArchive.Syntax.Form;

/// <summary>
/// A part of the form: a first- or second-level heading (none for the text before the first) and what follows it up
/// to the next one, as <see cref="FormItem"/>s. The form's own markers (group divs, empty <c>****</c> lines, empty
/// quotes) stay in the section beside the items, so no block of the source leaves the tree.
/// </summary>
public sealed class FormSection(BlockParser? parser) : ContainerBlock(parser)
{
    public HeadingBlock? Heading { get; set; }
    public string HeadingText { get; set; } = "";
    public IEnumerable<FormItem> Items => this.OfType<FormItem>();
}
