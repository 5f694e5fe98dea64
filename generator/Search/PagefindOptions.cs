namespace SdgArchive.Search;

/// <summary>Choices for a pagefind run; the defaults are what the archive needs.</summary>
public sealed record PagefindOptions
{
    public bool InstallWithNpmWhenMissing { get; init; } = true;
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The most a language's index holds, in characters of its records' JSON lines, before it is split into parts
    /// (pagefind indexes of their own, merged by the search page). Pagefind keeps a whole index in memory until it
    /// writes it, at ~50 bytes per character: 10,000 documents (35 MB of records) peaked at 1.6 GB in one index and
    /// at 380 MB in parts of 8 MB, for the same CPU (docs/benchmarks.md, "Search index"). 0 or less: no parts.
    /// </summary>
    public int PartSize { get; init; } = 8_000_000;

    /// <summary>
    /// How many parts are indexed at once, each by a pagefind service of its own (one service indexes one part at a
    /// time). Two: on the 2-core machine the 10,000-document records took 23.5 s in turn and 17.8 s two at a time,
    /// and the build's wait for the index after its last page fell from 9-10 s to 1-5 s (docs/benchmarks.md). Each
    /// service holds its part until written (~300 MB for a part of 8 MB), so this and <see cref="PartSize"/> bound
    /// pagefind's memory.
    /// </summary>
    public int Services { get; init; } = 2;
}
