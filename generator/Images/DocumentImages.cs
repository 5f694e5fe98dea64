using SdgArchive.Diagnostics;
using SdgArchive.Model;

namespace SdgArchive.Images;

/// <summary>
/// The image step as the build uses it: rewrites a document's rendered HTML, resolving relative images from the
/// document's folder, the source folder, then the content folder, and reporting into the build's diagnostics.
/// </summary>
public sealed class DocumentImages(ImagePipeline pipeline, string sourceFolder, string? contentFolder, DiagnosticBag diagnostics, string displayRoot = "")
{
    public string Rewrite(string html, ArchiveDocument document)
    {
        if (!html.Contains("<img", StringComparison.OrdinalIgnoreCase)) return html; // most answers have no image
        var context = new ImageContext(document.SourcePath, sourceFolder, document.Body, contentFolder, displayRoot);
        return pipeline.Rewrite(html, context, diagnostics).Html;
    }
}
