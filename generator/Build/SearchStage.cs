using SdgArchive.Caching;
using SdgArchive.Diagnostics;
using SdgArchive.Output;
using SdgArchive.Project;
using SdgArchive.Search;

namespace SdgArchive.Build;

/// <summary>The search stage: Pagefind (the pinned one from the project's node_modules) indexes the documents' search records.</summary>
public static class SearchStage
{
    private const string Folder = "pagefind";

    /// <summary>
    /// The index is made from the documents' search records and pagefind's binary alone: while they are the same, the
    /// old index is reused. Returns the number of pages indexed.
    /// </summary>
    public static int Run(IReadOnlyList<SearchRecord> records, string language, StagingFolder output, BuildCache? cache, PageCounts counts,
        DiagnosticBag diagnostics, string templates)
    {
        var indexer = new PagefindIndexer(ProjectRoot.Find(templates));
        var key = ContentHash.OfParts(records.Select(r => r.Line.Hash).Prepend(language).Prepend(indexer.Maker()));
        if (cache is not null && cache.TryReuse(output.Target, Folder, key, out var previous) && output.ReuseFolder(Folder))
        {
            counts.SearchReused = true;
            return previous.Items;
        }
        // The last build's index, when this cache saw it made and it is not the folder being written: its parts whose
        // records are unchanged are copied (an edit of one document re-indexes one part, not the whole archive). The
        // parts' keys are in the build state, with the rest of what the last build made.
        var last = cache?.Previous(Folder);
        var lastIndex = last is not null && output.Root != output.Target ? Path.Combine(output.Target, Folder) : null;
        output.ClearRecycled(Folder);
        var report = indexer.Index(records, output.Root, diagnostics, language, lastIndex, last?.Parts);
        var pages = report?.Pages ?? 0;
        if (pages > 0)
            cache?.Record(Folder, new CachedOutput { Key = key, Length = -1, Items = pages, Parts = report!.Parts });
        return pages;
    }
}
