using SdgArchive.Rendering.Views;

namespace SdgArchive.Build;

/// <summary>
/// What a document page is made from, known before it is rendered: the document's source (path and content hash: the
/// reader makes the same document from the same bytes, and the generator is in the fingerprint), its address, the
/// terms it links to, the summaries of its related documents, its card and the link to its source file (the one setting
/// only document pages show, <c>sourceUrl</c>). Serialized whole, it is the page's key (with the site-wide
/// fingerprint); what the page reads while rendering (images, atlas shapes, templates, interface strings) is recorded
/// beside it.
/// </summary>
public sealed record DocumentPageInputs(
    string SourcePath, string ContentHash, string Slug, string Url, string Excerpt,
    IReadOnlyList<DocumentPageInputs.TermLink> Terms, IReadOnlyList<DocumentSummaryView> Related, string? Card,
    string? SourceLink)
{
    /// <summary>A term the page links to. Not its count: the page does not show it, and a new document must not re-render every page of its terms.</summary>
    public sealed record TermLink(string Taxonomy, string Name, string Url);
}
