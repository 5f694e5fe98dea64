using SdgArchive.Diagnostics;
using SdgArchive.Model;

namespace SdgArchive.Images;

/// <summary>
/// The image step as the build uses it: rewrites a document's rendered HTML, resolving relative images from the
/// document's folder, the source folder, then the content folder, and reporting into the build's diagnostics.
/// </summary>
/// Every file it looks for is recorded in <paramref name="reads"/>, so the page is rendered again when one changes.
public sealed class DocumentImages(ImagePipeline pipeline, string sourceFolder, string? contentFolder, DiagnosticBag diagnostics,
    string displayRoot = "", Caching.InputLog? reads = null)
{
    public string Rewrite(string html, ArchiveDocument document)
    {
        if (!html.Contains("<img", StringComparison.OrdinalIgnoreCase)) return html; // most answers have no image
        var context = new ImageContext(document.SourcePath, sourceFolder, document.Body, contentFolder, displayRoot, reads) { Images = document.Images };
        return pipeline.Rewrite(html, context, diagnostics).Html;
    }
}
