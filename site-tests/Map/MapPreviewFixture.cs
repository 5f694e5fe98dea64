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
        var root = FindUp(TestContext.CurrentContext.TestDirectory, "templates/assets/map.js")
            ?? throw new AssertionException("templates/assets/map.js not found above the test directory");
        var corpus = Path.GetFullPath(Path.Combine(root, "../shared/corpus/sdg-commons-sample"));
        Assert.That(Directory.Exists(corpus), $"shared corpus missing at {corpus}");
        var documents = ArchiveReader.ReadFolder(corpus, new DiagnosticBag());
        var model = MapModel.Build(documents, d => $"/documents/{d.Slug}/", c => $"/countries/{c.IsoNumeric}/");
        var folder = Path.Combine(Path.GetTempPath(), "sdg-map-preview-" + Environment.ProcessId);
        MapPreviewPage.Write(folder, model, MapFixtures.World, Path.Combine(root, "templates/assets"));
        return (folder, model);
    }

    private static string? FindUp(string start, string relative)
    {
        for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, relative))) return dir.FullName;
        return null;
    }
}
