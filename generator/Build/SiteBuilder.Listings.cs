using System.Collections.Concurrent;
using System.Text.Json;
using SdgArchive.Browse;
using SdgArchive.Collections;
using SdgArchive.Publishing;
using SdgArchive.Reading;
using SdgArchive.Site;
using SdgArchive.Caching;
using SdgArchive.Rendering.Views;

namespace SdgArchive.Build;

/// <summary>Listing pages made from whole views (browse, collections): each keyed by everything it shows, serialized.</summary>
public sealed partial class SiteBuilder
{
    private static readonly JsonSerializerOptions KeyJson = new() { WriteIndented = false };

    /// <summary>The pages of <c>/documents/</c> and <c>/browse/</c>.</summary>
    private static IEnumerable<PageJob> BrowseJobs(RenderContext c, LinkView home) =>
        new BrowsePages(c.Index, c.Views).All().Select(p => new PageJob(p.Url, "pages/browse.sbn",
            Meta(c.Index, p.Title, c.Strings.Count("browse.description", p.View.Count, null, p.View.Heading), p.Url, [home], "browse")
                with { PrevUrl = p.View.PrevUrl, NextUrl = p.View.NextUrl },
            new Dictionary<string, object?> { ["browse"] = p.View }));

    /// <summary>
    /// The collections of <c>content/collections/</c>: an index, a page each (introduction, map, cards) and a feed each.
    /// Their feeds are written here, with the pages that link to them.
    /// </summary>
    private IEnumerable<PageJob> CollectionJobs(RenderContext c, LinkView home)
    {
        var collections = ResolvedCollection.Resolve(CollectionReader.ReadFolder(options.Content, c.Diagnostics), c.Index, c.Diagnostics);
        if (collections.Count == 0) yield break;
        var indexUrl = $"{c.Index.Urls.Base}collections/";
        var links = new List<CollectionLinkView>();
        foreach (var collection in collections)
        {
            var title = collection.Collection.Title;
            var introduction = c.Markdown.Render(collection.Collection.Introduction, minHeadingLevel: 2);
            c.Output.WriteBytes(c.Index.Urls.FileFor(collection.FeedUrl),
                AtomFeed.Write(c.Index, collection.Documents, $"{title} · {c.Index.Settings.Title}", collection.FeedUrl, collection.Url));
            var view = new CollectionView(title, introduction.Html, collection.Documents.Count,
                collection.Documents.Select(c.Views.Summary).ToList(),
                c.Maps?.CollectionLocator(collection.Documents, title) ?? "", collection.FeedUrl, indexUrl);
            var summary = TextShortening.AtWordBoundary(Excerpts.PlainText(collection.Collection.Introduction), 200);
            links.Add(new CollectionLinkView(title, collection.Url, collection.Documents.Count, summary));
            yield return new PageJob(collection.Url, "pages/collection.sbn",
                Meta(c.Index, title, summary.Length > 0 ? summary : c.Strings.Count("collection.description", collection.Documents.Count), collection.Url,
                    [home, new LinkView(c.Strings.Text("nav.collections"), indexUrl)], "collection"),
                new Dictionary<string, object?> { ["collection"] = view });
        }
        yield return new PageJob(indexUrl, "pages/collections.sbn",
            Meta(c.Index, c.Strings.Text("nav.collections"), c.Strings.Text("collections.description"), indexUrl, [home], "collections"),
            new Dictionary<string, object?> { ["collections"] = new CollectionsIndexView(links) });
    }

    /// <summary>
    /// Renders listing jobs, reusing each page whose view and metadata are unchanged. Serializing a view costs a small
    /// part of rendering it, and covers every field a template can show, new ones included.
    /// </summary>
    private static void RenderKeyed(RenderContext c, PageCounts counts, IEnumerable<PageJob> jobs)
    {
        var misses = new ConcurrentBag<(PageJob Job, string File, string Key)>();
        Parallel.ForEach(jobs, job =>
        {
            var file = c.Index.Urls.FileFor(job.Url);
            var key = BuildCache.Key(["listing", c.Cache.Fingerprint, job.Template, JsonSerializer.Serialize(job.Meta, KeyJson),
                .. job.Model.OrderBy(m => m.Key, StringComparer.Ordinal).SelectMany(m => new[] { m.Key, JsonSerializer.Serialize(m.Value, KeyJson) })]);
            counts.PageKeys.Add((file, key));
            if (!TryReuse(c, counts, file, key, job.Url)) misses.Add((job, file, key));
        });
        Parallel.ForEach(misses, miss => RenderTermPage(c, counts, miss.Job, miss.File, miss.Key));
    }
}
