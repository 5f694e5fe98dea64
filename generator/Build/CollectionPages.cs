using SdgArchive.Rendering.Jobs;

namespace SdgArchive.Build;

/// <summary>
/// The pages of the content folder's collections and the feed each one has: the render stage renders the pages (reusing
/// the unchanged ones) and writes the feeds beside them.
/// </summary>
/// <param name="Feeds">Each collection's Atom feed: its file in the output and its bytes.</param>
public sealed record CollectionPages(IReadOnlyList<PageJob> Jobs, IReadOnlyList<(string File, byte[] Bytes)> Feeds)
{
    public static CollectionPages None { get; } = new([], []);
}
