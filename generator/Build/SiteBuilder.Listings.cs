using System.Collections.Concurrent;
using System.Text.Json;
using SdgArchive.Browse;
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
            Meta(c.Index, p.Title, $"{p.View.Count} documents of the archive: {p.View.Heading}.", p.Url, [home], "browse")
                with { PrevUrl = p.View.PrevUrl, NextUrl = p.View.NextUrl },
            new Dictionary<string, object?> { ["browse"] = p.View }));

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
