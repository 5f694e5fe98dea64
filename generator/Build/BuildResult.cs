using SdgArchive.Diagnostics;

namespace SdgArchive.Build;

/// <summary>
/// The outcome of a build: whether the output was replaced, what was written and how long each stage took.
/// <see cref="RenderedPages"/> went through the templates; <see cref="ReusedPages"/> came unchanged from the build cache.
/// </summary>
public sealed record BuildResult(bool Succeeded, int PageCount, int DocumentCount, DiagnosticBag Diagnostics, IReadOnlyList<StageTiming> Stages)
{
    public int RenderedPages { get; init; }
    public int ReusedPages { get; init; }
    /// <summary>Site-relative URLs of the pages rendered this time, sorted (serve reloads these; tests check what a change redid).</summary>
    public IReadOnlyList<string> RenderedUrls { get; init; } = [];
    public IReadOnlyList<string> ReusedUrls { get; init; } = [];
    /// <summary>The pages of /documents/ and its facets, and the time they took (part of the render stage).</summary>
    public ListingCost Browse { get; init; } = new(0, TimeSpan.Zero, TimeSpan.Zero);
}

/// <summary>Pages of a listing, and the wall and process CPU time they took (nothing else runs meanwhile).</summary>
public sealed record ListingCost(int Pages, TimeSpan Elapsed, TimeSpan Cpu);

/// <summary>A stage's wall time and the process CPU time spent meanwhile (steadier than wall time on a busy machine).</summary>
public sealed record StageTiming(string Name, TimeSpan Elapsed, int Items)
{
    public TimeSpan Cpu { get; init; }
}
