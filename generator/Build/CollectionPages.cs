using SdgArchive.Rendering.Jobs;

namespace SdgArchive.Build;

/// <summary>
/// The pages of the content folder's collections and the feed each one has: the render stage renders the pages
/// (reusing the unchanged ones) and writes the feeds beside them through the data files' keyed write
/// (<see cref="DataFilesStage.CollectionFeeds"/>: an unchanged feed is kept too).
/// </summary>
public sealed record CollectionPages(IReadOnlyList<PageJob> Jobs, IReadOnlyList<CollectionFeed> Feeds)
{
    public static CollectionPages None { get; } = new([], []);
}
