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
    public IReadOnlyList<CachedDiagnostic> Diagnostics { get; init; } = [];
    public IReadOnlyList<string> PageUrls { get; init; } = [];

    /// <summary>Every file below <paramref name="outputFolder"/> with its length (relative paths, forward slashes).</summary>
    public static SortedDictionary<string, long> FilesOf(string outputFolder)
    {
        var files = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(outputFolder, "*", SearchOption.AllDirectories))
            files[Path.GetRelativePath(outputFolder, file).Replace('\\', '/')] = new FileInfo(file).Length;
        return files;
    }
}
