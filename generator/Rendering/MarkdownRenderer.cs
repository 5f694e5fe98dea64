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

    /// <param name="minHeadingLevel">Headings inside a fragment are pushed down to this level so the page's outline stays ordered.</param>
    public RenderedFragment Render(string markdown, int minHeadingLevel = 3)
    {
        try
        {
            return RenderFormatted(markdown, minHeadingLevel);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // One text Markdig cannot take (128 `[` in a row, 150 nested lists: its depth limit) must not cost the
            // page, let alone the build: its words are kept, without formatting, and the document is told about it.
            return Security.PlainTextFallback.Render(markdown, ex);
        }
    }

    private RenderedFragment RenderFormatted(string markdown, int minHeadingLevel)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var placeholders = 0;
        var removed = 0;
        var hasRawHtml = false;
        foreach (var node in document.Descendants())
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
                    removed += MakeSafe(link, ref placeholders);
                    break;
                case AutolinkInline autolink when !autolink.IsEmail && !UrlSafety.IsSafeLink(autolink.Url):
                    autolink.Url = "#";
                    removed++;
                    break;
            }
        }

        var html = document.ToHtml(Pipeline); // Markdig pools its renderers
        return new RenderedFragment(hasRawHtml ? sanitizer.Sanitize(html) : html, placeholders, removed, hasRawHtml);
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
