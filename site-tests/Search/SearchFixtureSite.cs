using SdgArchive.Build;
using SdgArchive.Diagnostics;
using SdgArchive.Model;
using SdgArchive.Reading;

namespace SdgArchive.SiteTests.Search;

/// <summary>
/// The real site built from the seeds under /archive/ (the build runs the pinned pagefind), with the documents it was
/// built from: <see cref="Sites.DeployedSeedsUnderArchive"/>.
/// </summary>
internal sealed class SearchFixtureSite
{
    public const string BasePath = Sites.ArchiveBasePath;

    public required string Root { get; init; }
    public required IReadOnlyList<ArchiveDocument> Documents { get; init; }
    public required BuildResult Result { get; init; }

    private static readonly Lazy<SearchFixtureSite> SharedSite = new(Build);

    public static SearchFixtureSite Shared => SharedSite.Value;

    private static SearchFixtureSite Build()
    {
        var site = Sites.DeployedSeedsUnderArchive;
        var documents = ArchiveReader.ReadFolder(RepoPaths.Seeds, new DiagnosticBag());
        return new SearchFixtureSite { Root = site.Output, Documents = documents, Result = site.Result };
    }

    public string DocumentUrl(ArchiveDocument document) => $"{BasePath}documents/{document.Slug}/";

    public string Html(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));
}
