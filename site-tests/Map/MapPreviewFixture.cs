using SdgArchive.Diagnostics;
using SdgArchive.Map;
using SdgArchive.Reading;

namespace SdgArchive.SiteTests.Map;

/// <summary>The /map/ page built from the 400 shared corpus pages with the real script and styles, once per test run.</summary>
internal static class MapPreviewFixture
{
    private static readonly Lazy<(string Folder, MapModel Model)> Built = new(Build);

    public static string Folder => Built.Value.Folder;
    public static MapModel Model => Built.Value.Model;
    public static string PagePath => Path.Combine(Folder, "map", "index.html");

    private static (string, MapModel) Build()
    {
        var documents = ArchiveReader.ReadFolder(RepoPaths.RequireCorpus(), new DiagnosticBag());
        var checks = new PointChecks(MapFixtures.Detailed);
        var model = MapModel.Build(documents, d => $"/documents/{d.Slug}/", c => $"/countries/{c.IsoNumeric}/", checks.IsLostAtSea);
        var folder = TempFolder.Create("map-preview");
        MapPreviewPage.Write(folder, model, MapFixtures.World, Path.Combine(RepoPaths.Templates, "assets"));
        return (folder, model);
    }
}
