using SdgArchive.Diagnostics;
using SdgArchive.Map;
using SdgArchive.Model;
using SdgArchive.Site;

namespace SdgArchive.Build;

/// <summary>The map stage: the world-atlas shapes, the locations of the index, and the checks of every point.</summary>
public static class MapStage
{
    /// <summary>The maps need world-atlas from node_modules (npm ci); without it the site builds with a warning and no maps.</summary>
    public static SiteMaps? Run(string templates, SiteIndex index, IReadOnlyList<ArchiveDocument> documents, DiagnosticBag diagnostics)
    {
        var world = SiteMaps.TryLoadAtlas(templates);
        var detailed = SiteMaps.TryLoadAtlas(templates, WorldAtlas.DetailedFile);
        if (world is null || detailed is null)
        {
            diagnostics.Report(new SourceSpan(WorldAtlas.WorldFile, 0, 0), Severity.Warning, DiagnosticCodes.MapShapesMissing,
                "world-atlas shapes not found (run `npm ci`): the site is built without maps");
            return null;
        }
        new PointChecks(detailed).Check(documents, diagnostics);
        return new SiteMaps(index, world);
    }
}
