using SdgArchive.Diagnostics;
using SdgArchive.Model;

namespace SdgArchive.Images;

/// <summary>
/// The image step as the build uses it: rewrites a document's rendered HTML, resolving relative images from the
/// document's folder, the source folder, then the content folder, and reporting into the build's diagnostics.
/// Every file it looks for is recorded in <paramref name="reads"/>, so the page is rendered again when one changes.
/// </summary>
public sealed class DocumentImages(ImagePipeline pipeline, string sourceFolder, string? contentFolder, DiagnosticBag diagnostics,
    string displayRoot = "", Caching.InputLog? reads = null)
{
    public string Rewrite(string html, ArchiveDocument document)
    {
        if (!html.Contains("<img", StringComparison.OrdinalIgnoreCase)) return html; // most answers have no image
        // The build drops bodies after reading (an empty Body): the text is read again only for a warning the
        // reader's image positions cannot place (an embedded data: image, whose address the reader does not keep).
        var context = new ImageContext(document.SourcePath, sourceFolder, document.Body.Length > 0 ? document.Body : null, contentFolder, displayRoot, reads)
        {
            Images = document.Images,
            LoadSource = () => ReadSource(Path.Combine(sourceFolder, document.SourcePath)),
        };
        return pipeline.Rewrite(html, context, diagnostics).Html;
    }

    private static string? ReadSource(string path)
    {
        try { return File.ReadAllText(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return null; } // then the warning names the file only
    }
}
