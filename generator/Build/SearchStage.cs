using SdgArchive.Caching;
using SdgArchive.Diagnostics;
using SdgArchive.Output;
using SdgArchive.Project;
using SdgArchive.Search;

namespace SdgArchive.Build;

/// <summary>The search stage: Pagefind indexes the written pages (the pinned one from the project's node_modules).</summary>
public static class SearchStage
{
    private const string Folder = "pagefind";

    /// <summary>
    /// The index only reads the cached pages: when every one of them is unchanged (and none came or went), the old index
    /// is reused. Returns the number of pages indexed.
    /// </summary>
    public static int Run(StagingFolder output, BuildCache? cache, PageCounts counts, DiagnosticBag diagnostics, string templates)
    {
        var key = BuildCache.Key(counts.PageKeys.OrderBy(k => k.Path, StringComparer.Ordinal).SelectMany(k => new[] { k.Path, k.Key }));
        if (cache is not null && cache.TryReuse(output.Target, Folder, key, out var previous) && output.ReuseFolder(Folder))
        {
            counts.SearchReused = true;
            return previous.Items;
        }
        var pages = new PagefindIndexer(ProjectRoot.Find(templates)).Index(output.Root, diagnostics)?.Pages ?? 0;
        if (pages > 0) cache?.Record(Folder, new CachedOutput { Key = key, Length = -1, Items = pages });
        return pages;
    }
}
