using Markdig.Parsers;
using Markdig.Syntax;

namespace SdgArchive.Syntax.Form;

/// <summary>
/// One question of the form and its answer: the <see cref="FormPrompt"/> (none for text before any question in a
/// section) followed by the answer's blocks. <see cref="Group"/> numbers the <c>&lt;div class="group"&gt;</c> the item
/// stands in (1, 2, … per document; 0 outside any).
/// </summary>
public sealed class FormItem(BlockParser? parser) : ContainerBlock(parser)
{
    public FormPrompt? Prompt => Count > 0 ? this[0] as FormPrompt : null;
    public int Group { get; set; }
    public IEnumerable<Block> Answer => this.Where(b => b is not FormPrompt);
}
