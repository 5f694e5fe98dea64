using SdgArchive.Diagnostics;
using SdgArchive.I18n;
using SdgArchive.Map;
using SdgArchive.Model;
using SdgArchive.Site;

namespace SdgArchive.Build;

/// <summary>The map stage: the world-atlas shapes, the locations of the index, and the checks of every point.</summary>
public static class MapStage
{
    /// <summary>
    /// Starts reading the world-atlas shapes, which need nothing the documents give: they are parsed while the index is
    /// made (enrich is partly one thread; the parse was ~0.35 s on one thread after it, `perf` at c031565).
    /// </summary>
    public static Task<(WorldAtlas? World, WorldAtlas? Detailed)> StartLoading(string templates) =>
        Task.Run(() => (SiteMaps.TryLoadAtlas(templates), SiteMaps.TryLoadAtlas(templates, WorldAtlas.DetailedFile)));

    /// <summary>The maps need world-atlas from node_modules (npm ci); without it the site builds with a warning and no maps.</summary>
    /// <param name="atlases">The shapes being read (<see cref="StartLoading"/>).</param>
    public static SiteMaps? Run(Task<(WorldAtlas? World, WorldAtlas? Detailed)> atlases, SiteIndex index,
        IReadOnlyList<ArchiveDocument> documents, DiagnosticBag diagnostics, InterfaceStrings strings)
    {
        var (world, detailed) = atlases.GetAwaiter().GetResult();
        if (world is null || detailed is null)
        {
            diagnostics.Report(new SourceSpan(WorldAtlas.WorldFile, 0, 0), Severity.Warning, DiagnosticCodes.MapShapesMissing,
                "world-atlas shapes not found (run `npm ci`): the site is built without maps");
            return null;
        }
        var checks = new PointChecks(detailed);
        checks.Check(documents, diagnostics);
        // The maps' words in the interface language: the page's markup and what map.js writes.
        return new SiteMaps(index, world, checks) { Text = MapStrings.Text(strings) };
    }
}
