using SdgArchive.Rendering.Jobs;

namespace SdgArchive.Build;

/// <summary>
/// The site's listing pages, the pages that show documents' cards (see <see cref="RenderStage.Listings"/>): made in
/// one place for the build and serve's refresh. <see cref="Browse"/> is lazy: thousands of pages at 10,000 documents.
/// </summary>
public sealed record Listings(HomePageJob Home, IReadOnlyList<TermPageJob> Terms, IEnumerable<BrowsePageJob> Browse,
    CollectionPages Collections)
{
    /// <summary>Every listing job, in the order the build renders them.</summary>
    public IEnumerable<PageJob> All => Terms.Prepend<PageJob>(Home).Concat(Browse).Concat(Collections.Jobs);
}
