using System.Text.RegularExpressions;
using SdgArchive.Build;
using SdgArchive.Diagnostics;
using SdgArchive.Model;
using SdgArchive.Reading;

namespace SdgArchive.SiteTests.Search;

/// <summary>
/// The real site built from the seeds under /archive/ (the build runs the pinned pagefind), once for all search tests.
/// </summary>
internal sealed partial class SearchFixtureSite
{
    public const string BasePath = "/archive/";

    public required string Root { get; init; }
    public required IReadOnlyList<ArchiveDocument> Documents { get; init; }
    public required BuildResult Result { get; init; }

    private static readonly Lazy<SearchFixtureSite> SharedSite = new(() => Build(Directory.CreateTempSubdirectory("sdg-search-site-").FullName));
    private static readonly List<string> Folders = [];

    public static SearchFixtureSite Shared => SharedSite.Value;

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "sdg-archive.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("sdg-archive.sln not found above " + AppContext.BaseDirectory);
    }

    public static SearchFixtureSite Build(string folder)
    {
        lock (Folders) Folders.Add(folder);
        var repository = RepositoryRoot();
        var result = new SiteBuilder(new BuildOptions
        {
            Source = Path.Combine(repository, "seeds"),
            Content = Path.Combine(repository, "content"),
            Templates = Path.Combine(repository, "templates"),
            Output = Path.Combine(folder, "public"),
            Cache = Path.Combine(folder, "cache"),
            BaseUrl = BasePath,
        }).Build();
        var documents = ArchiveReader.ReadFolder(Path.Combine(repository, "seeds"), new DiagnosticBag());
        return new SearchFixtureSite { Root = Path.Combine(folder, "public"), Documents = documents, Result = result };
    }

    public static void DeleteAll()
    {
        lock (Folders)
            foreach (var folder in Folders.Where(Directory.Exists)) Directory.Delete(folder, recursive: true);
    }

    public string DocumentUrl(ArchiveDocument document) => $"{BasePath}documents/{document.Slug}/";

    public string Html(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));
}

[SetUpFixture]
public class SearchSiteCleanup
{
    [OneTimeTearDown]
    public void DeleteBuiltSites() => SearchFixtureSite.DeleteAll();
}
