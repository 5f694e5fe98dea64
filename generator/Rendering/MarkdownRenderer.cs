using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SdgArchive.Rendering;

/// <summary>
/// Markdown → safe HTML with one immutable Markdig pipeline built once. Unsafe link URLs are removed in the syntax tree
/// (cheap); HtmlSanitizer runs only on fragments that carry raw HTML, the one place Markdig passes markup through.
/// </summary>
public sealed class MarkdownRenderer(HtmlFragmentSanitizer sanitizer, string basePath)
{
    /// <summary>The archive's export writes this where an image has no description: it is not one.</summary>
    public const string PlaceholderAlt = "Missing alt text";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseListExtras()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>
    /// A line that cannot occur in an answer's rendering otherwise: answers are parsed as one Markdown document with
    /// this HTML comment between them, which saves Markdig's per-parse cost on documents with dozens of short answers.
    /// </summary>
    private const string Separator = "<!--sdg-archive:answer-->";

    /// <param name="minHeadingLevel">Headings inside a fragment are pushed down to this level so the page's outline stays ordered.</param>
    public RenderedFragment Render(string markdown, int minHeadingLevel = 3) => RenderMany([markdown], minHeadingLevel)[0];

    /// <summary>
    /// Renders several fragments of one document in one parse. Falls back to one parse per fragment when the joined
    /// text does not split back cleanly (an unclosed code fence or <c>&lt;pre&gt;</c> swallows the separators).
    /// </summary>
    public IReadOnlyList<RenderedFragment> RenderMany(IReadOnlyList<string> markdowns, int minHeadingLevel = 3)
    {
        if (markdowns.Count == 1 || markdowns.Any(m => m.Contains(Separator, StringComparison.Ordinal)))
            return markdowns.Select(m => RenderJoined([m], minHeadingLevel)!.Single()).ToList();
        return RenderJoined(markdowns, minHeadingLevel) ?? markdowns.Select(m => RenderJoined([m], minHeadingLevel)!.Single()).ToList();
    }

    private IReadOnlyList<RenderedFragment>? RenderJoined(IReadOnlyList<string> markdowns, int minHeadingLevel)
    {
        var document = Markdown.Parse(string.Join("\n\n" + Separator + "\n\n", markdowns), Pipeline);
        var stats = new (int Placeholders, int Removed, bool RawHtml)[markdowns.Count];
        // Separators are top-level HTML blocks; every other node belongs to the answer its source position falls in.
        var separators = markdowns.Count == 1 ? [] : document.OfType<HtmlBlock>()
            .Where(b => b.Lines.ToString().Trim() == Separator).Select(b => b.Span.Start).ToList();
        if (separators.Count != markdowns.Count - 1) return null;
        foreach (var node in document.Descendants().ToList())
        {
            if (node is HtmlBlock block && separators.Contains(block.Span.Start)) continue;
            var at = separators.BinarySearch(node.Span.Start);
            MakeSafe(node, minHeadingLevel, ref stats[at >= 0 ? at : ~at]);
        }

        var html = document.ToHtml(Pipeline); // Markdig pools its renderers
        var parts = markdowns.Count == 1 ? [html] : html.Split(Separator + "\n");
        if (parts.Length != markdowns.Count) return null;
        return parts.Select((part, i) => new RenderedFragment(
            stats[i].RawHtml ? sanitizer.Sanitize(part) : part, stats[i].Placeholders, stats[i].Removed, stats[i].RawHtml)).ToList();
    }

    private void MakeSafe(MarkdownObject node, int minHeadingLevel, ref (int Placeholders, int Removed, bool RawHtml) stats)
    {
        switch (node)
        {
            case HeadingBlock heading when heading.Level < minHeadingLevel:
                heading.Level = minHeadingLevel;
                break;
            case Markdig.Extensions.Tables.Table table:
                // Markdig writes column alignment and grid-table widths as style="…", which the CSP (style-src 'self') blocks.
                foreach (var column in table.ColumnDefinitions) { column.Alignment = null; column.Width = 0; }
                break;
            case HtmlBlock or HtmlInline:
                stats.RawHtml = true;
                break;
            case LinkInline link:
                stats.Removed += MakeSafe(link, ref stats.Placeholders);
                break;
            case AutolinkInline autolink when !autolink.IsEmail && !UrlSafety.IsSafeLink(autolink.Url):
                autolink.Url = "#";
                stats.Removed++;
                break;
        }
    }

    private int MakeSafe(LinkInline link, ref int placeholders)
    {
        var removed = 0;
        var url = link.Url ?? "";
        if (link.IsImage ? !UrlSafety.IsSafeImage(url) : !UrlSafety.IsSafeLink(url))
        {
            link.Url = link.IsImage ? "" : "#";
            removed = 1;
        }
        else if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && basePath != "/")
        {
            link.Url = basePath + url[1..]; // root-relative links in content follow the site's base path
        }

        if (link.IsImage)
        {
            var attributes = link.GetAttributes();
            if (link.FirstChild is LiteralInline alt && alt.Content.ToString().Trim().Equals(PlaceholderAlt, StringComparison.OrdinalIgnoreCase))
            {
                placeholders++;
                link.Clear(); // alt="" marks the image as carrying no description instead of reading the placeholder aloud
            }
            attributes.AddPropertyIfNotExist("loading", "lazy");
            attributes.AddPropertyIfNotExist("decoding", "async");
        }
        return removed;
    }
}
