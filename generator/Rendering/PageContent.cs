using System.Text;

namespace SdgArchive.Rendering;

/// <summary>
/// A page's own markup as the layout sees it (<c>{{ content }}</c>): the output the page template was rendered into,
/// copied into the layout's output where it is written (<see cref="PageTemplateContext.Write"/>) instead of first
/// made into a string: that string was a copy of every page, ~1 GB of a 10,000-document build's allocations (535 MB of
/// HTML). Anywhere a string is wanted (a filter, a comparison) it is one.
/// </summary>
internal sealed class PageContent(StringBuilder markup)
{
    public StringBuilder Markup { get; } = markup;

    public override string ToString() => Markup.ToString();
}
