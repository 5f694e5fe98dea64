using SdgArchive.Caching;

namespace SdgArchive.Search;

/// <summary>
/// What indexing made: records indexed, their unique words summed, filter names, the languages indexed (one pagefind
/// index each, or several parts), the parts linked from the previous index, and every part's key (kept in the build
/// state, given back to the next run). Errors are diagnostics, and no report.
/// </summary>
public sealed record PagefindReport(int Pages, int Words, int Filters, IReadOnlyList<string> Languages,
    int PartsReused = 0)
{
    /// <summary>Each index folder made ("" for the top one) with the key of what it was made from.</summary>
    public IReadOnlyDictionary<string, OutputPart> Parts { get; init; } = new Dictionary<string, OutputPart>();

    /// <summary>The language of the index at the top of the pagefind folder.</summary>
    public string Primary { get; init; } = "";

    /// <summary>Each language's parts in order: records, and the time to add and to build and write them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<PartTiming>> Timings { get; init; } =
        new Dictionary<string, IReadOnlyList<PartTiming>>();
}

/// <summary>One part's records and how long pagefind took to add them and to build and write its index.</summary>
public sealed record PartTiming(int Records, TimeSpan Added, TimeSpan Written, bool Reused);
