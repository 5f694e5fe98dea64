using System.Collections.Concurrent;
using SdgArchive.Progress;

namespace SdgArchive.Build;

/// <summary>Pages rendered and reused, counted across the parallel render loops.</summary>
public sealed class PageCounts
{
    private int _rendered;
    private int _reused;
    private int _placeholderAlts;
    private int _unsafeUrls;
    public ConcurrentBag<string> ReusedUrls { get; } = [];
    public IReadOnlyList<string> RenderedUrls { get; set; } = [];
    /// <summary>Every document and term page's file and key (the search index is reused while they are all unchanged).</summary>
    public ConcurrentBag<(string Path, string Key)> PageKeys { get; } = [];
    public int Rendered => _rendered;
    public int Reused => _reused;
    public int PlaceholderAlts => _placeholderAlts;
    public int UnsafeUrls => _unsafeUrls;
    public bool SearchReused { get; set; }
    /// <summary>The /documents/ listing's pages (facets included), their wall and CPU time, for bench-browse.</summary>
    public ListingCost Browse { get; set; } = new(0, TimeSpan.Zero, TimeSpan.Zero);
    public void AddRendered(int n) => Interlocked.Add(ref _rendered, n);
    /// <summary>The live display of the render stage, advanced page by page.</summary>
    public IStageProgress? Progress { get; set; }
    public void AddReused(string url) { Interlocked.Increment(ref _reused); ReusedUrls.Add(url); Progress?.Advance(); }
    public void AddStats(int placeholderAlts, int unsafeUrls)
    {
        Interlocked.Add(ref _placeholderAlts, placeholderAlts);
        Interlocked.Add(ref _unsafeUrls, unsafeUrls);
    }
}
