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
    /// modification time (UTC ticks).
    /// </summary>
    public static (SortedDictionary<string, long> Lengths, SortedDictionary<string, long> Modified) StampsOf(string outputFolder)
    {
        var lengths = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var modified = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var file in new DirectoryInfo(outputFolder).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(outputFolder, file.FullName).Replace('\\', '/');
            lengths[relative] = file.Length;
            modified[relative] = file.LastWriteTimeUtc.Ticks;
        }
        return (lengths, modified);
    }
}
