using SdgArchive.Publishing;
using SdgArchive.Site;

namespace SdgArchive.Build;

/// <summary>
/// A collection's Atom feed as the write stage keys it: serialized whole, it is the feed's key, and the feed is made
/// from it alone (<see cref="Write"/>), so whatever the feed shows is in the key. Its entries are the members'
/// <see cref="DocumentRecord"/>s without their place among all documents (the feed shows their order, not their
/// rank), so an edit to a document outside the collection keeps the feed.
/// </summary>
/// <param name="File">The feed's file in the output.</param>
public sealed record CollectionFeed(string File, SiteSettings Settings, string Title, string FeedUrl, string PageUrl,
    IReadOnlyList<SiteDocument> Entries)
{
    public static CollectionFeed Of(string file, SiteSettings settings, string title, string feedUrl, string pageUrl,
        IEnumerable<SiteDocument> members) =>
        new(file, settings, title, feedUrl, pageUrl,
            members.Select(d => DocumentRecord.Of(d) with { NewestRank = 0 }).ToList());

    public byte[] Write() => AtomFeed.Write(Settings, Entries, Title, FeedUrl, PageUrl);
}
