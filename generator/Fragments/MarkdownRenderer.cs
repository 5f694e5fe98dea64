using SdgArchive.Syntax;
using SdgArchive.Syntax.Emails;

namespace SdgArchive.Fragments;

/// <summary>
/// Free-standing Markdown (the site's own pages) → safe HTML, through the archive's fragment pipeline. Documents are
/// rendered once, when they are read (see <see cref="Reading.DocumentReader"/>).
/// </summary>
public sealed class MarkdownRenderer(HtmlFragmentSanitizer sanitizer, string basePath, FocalPointPolicy emails = FocalPointPolicy.Masked)
{
    /// <summary>The archive's export writes this where an image has no description: it is not one.</summary>
    public const string PlaceholderAlt = FragmentWriter.PlaceholderAlt;

    /// <param name="minHeadingLevel">Headings inside a fragment are pushed down to this level so the page's outline stays ordered.</param>
    public RenderedFragment Render(string markdown, int minHeadingLevel = 3)
    {
        try
        {
            var document = Markdig.Markdown.Parse(markdown, ArchiveMarkdown.Fragments);
            var fragment = FragmentWriter.Write(document, ArchiveMarkdown.Fragments, sanitizer, minHeadingLevel);
            return fragment with { Html = Publish(fragment.Html) };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // One text Markdig cannot take (128 `[` in a row, 150 nested lists: its depth limit) must not cost the
            // page, let alone the build: its words are kept, without formatting, and the document is told about it.
            return PlainTextFallback.Render(markdown, ex);
        }
    }

    /// <summary>HTML rendered at read time, made ready for this site: base path and e-mail policy applied.</summary>
    public string Publish(string html) => EmailPrivacy.Apply(LinkBase.Rebase(html, basePath), emails);
}
