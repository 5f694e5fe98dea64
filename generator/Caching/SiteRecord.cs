namespace SdgArchive.Caching;

/// <summary>
/// A successful build as the build state remembers it: the key of all its inputs (see <c>BuildInputs</c>), every file
/// it left in the output with its length, what it reported and counted. A build whose inputs hash the same and whose
/// output still matches replays this instead of building.
/// </summary>
public sealed record SiteRecord
{
    public required string InputsKey { get; init; }
    public int PageCount { get; init; }
    public int DocumentCount { get; init; }
    public IReadOnlyDictionary<string, long> Files { get; init; } = new Dictionary<string, long>();
    /// <summary>Every file's modification time (UTC ticks) when the build ended: a file edited by hand is not replayed.</summary>
    public IReadOnlyDictionary<string, long> Modified { get; init; } = new Dictionary<string, long>();
    public IReadOnlyList<CachedDiagnostic> Diagnostics { get; init; } = [];
    public IReadOnlyList<string> PageUrls { get; init; } = [];

    /// <summary>
    /// Every file below <paramref name="outputFolder"/> (relative paths, forward slashes) with its length and its
    /// modification time (UTC ticks), in the order the folders list them. One listing with one status call per file,
    /// into hashed dictionaries: a file object per path and two sorted trees (67,000 files at 10,000 documents) were
    /// ~5 % of a one-edit build's samples (docs/benchmarks.md).
    /// </summary>
    public static (Dictionary<string, long> Lengths, Dictionary<string, long> Modified) StampsOf(string outputFolder)
    {
        var root = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var files = new System.IO.Enumeration.FileSystemEnumerable<(string Path, long Length, long Modified)>(root,
            (ref System.IO.Enumeration.FileSystemEntry e) => (e.ToFullPath()[root.Length..].Replace('\\', '/'),
                e.Length, e.LastWriteTimeUtc.UtcTicks),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry e) => !e.IsDirectory,
        };
        var lengths = new Dictionary<string, long>(StringComparer.Ordinal);
        var modified = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (path, length, ticks) in files)
        {
            lengths[path] = length;
            modified[path] = ticks;
        }
        return (lengths, modified);
    }
}
