using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SdgArchive.Fragments;

/// <summary>
/// Writes blocks of a parsed tree as safe HTML. Unsafe link URLs are removed in the tree (cheap) and each removal is
/// reported at its place in the source; HtmlSanitizer runs only when the blocks carry raw HTML, the one place Markdig
/// passes markup through. Root-relative links stay root-relative (<see cref="LinkBase"/> moves them under a base path).
/// </summary>
public static class FragmentWriter
{
    /// <summary>The archive's export writes this where an image has no description: it is not one.</summary>
    public const string PlaceholderAlt = "Missing alt text";

    /// <param name="minHeadingLevel">Headings are pushed down to this level so the page's outline stays ordered.</param>
    public static RenderedFragment Write(IEnumerable<Block> blocks, MarkdownPipeline pipeline, HtmlFragmentSanitizer sanitizer,
        int minHeadingLevel = 3, List<RenderFinding>? findings = null)
    {
        var list = blocks as IReadOnlyList<Block> ?? blocks.ToList();
        var placeholders = 0;
        var removed = 0;
        var hasRawHtml = false;
        foreach (var node in list.SelectMany(Syntax.TreeWalk.SelfAndDescendants))
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
                    hasRawHtml = true;
                    break;
                case LinkInline link:
                    removed += MakeSafe(link, ref placeholders, findings);
                    break;
                case AutolinkInline autolink when !autolink.IsEmail && !UrlSafety.IsSafeLink(autolink.Url):
                    findings?.Add(new RenderFinding(autolink.Line + 1, autolink.Column + 1, autolink.Url));
                    autolink.Url = "#";
                    removed++;
                    break;
            }
        }

        var html = ReusedRenderer.For(pipeline).Write(list);
        return new RenderedFragment(hasRawHtml ? sanitizer.Sanitize(html) : html, placeholders, removed, hasRawHtml);
    }

    /// <summary>
    /// One HTML renderer per thread and pipeline, emptied between fragments, as Markdig's own <c>ToHtml</c> keeps its
    /// renderers: a new one (its writer, ~30 object renderers, the pipeline's extensions set up again) for each answer
    /// was 26 KiB of the 236 KiB the projection allocated per document of the 400 corpus pages (bench-read).
    /// </summary>
    private sealed class ReusedRenderer : HtmlRenderer
    {
        [ThreadStatic] private static ReusedRenderer? t_renderer;
        private readonly MarkdownPipeline _pipeline;

        private ReusedRenderer(MarkdownPipeline pipeline) : base(new StringWriter())
        {
            _pipeline = pipeline;
            pipeline.Setup(this);
        }

        public static ReusedRenderer For(MarkdownPipeline pipeline) =>
            t_renderer is { } kept && ReferenceEquals(kept._pipeline, pipeline) ? kept : t_renderer = new(pipeline);

        public string Write(IReadOnlyList<Block> blocks)
        {
            // Emptied before (a render stopped by an exception leaves its state) and after (no fragment kept alive).
            Reset();
            foreach (var block in blocks) Render(block);
            Writer.Flush();
            var html = Writer.ToString() ?? "";
            Reset();
            return html;
        }
    }

    private static int MakeSafe(LinkInline link, ref int placeholders, List<RenderFinding>? findings)
    {
        var removed = 0;
        var url = link.Url ?? "";
        if (link.IsImage ? !UrlSafety.IsSafeImage(url) : !UrlSafety.IsSafeLink(url))
        {
            findings?.Add(new RenderFinding(link.Line + 1, link.Column + 1, url.Length > 80 ? url[..77] + "..." : url));
            link.Url = link.IsImage ? "" : "#";
            removed = 1;
        }
        else if (!link.IsImage && url.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            link.Url = "https://" + url; // [www.x.tn](www.x.tn) means the site, not a file beside the page
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

/// <summary>An unsafe address removed while rendering, at its 1-based line and column in the source.</summary>
public sealed record RenderFinding(int Line, int Column, string Url);
