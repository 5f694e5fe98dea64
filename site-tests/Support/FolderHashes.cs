using SdgArchive.Caching;

namespace SdgArchive.SiteTests.Support;

/// <summary>Every file below a folder by relative path (with <c>/</c>), with its SHA-256: to see that bytes did or did not change.</summary>
public static class FolderHashes
{
    public static SortedDictionary<string, string> Of(string folder)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            using var stream = File.OpenRead(file);
            hashes[Path.GetRelativePath(folder, file).Replace('\\', '/')] = ContentHash.Of(stream);
        }
        return hashes;
    }

    /// <summary>Human-readable differences: files only on one side, and files whose bytes differ.</summary>
    public static List<string> Differences(SortedDictionary<string, string> first, SortedDictionary<string, string> second) =>
        first.Keys.Union(second.Keys).Order(StringComparer.Ordinal)
            .Where(path => !first.TryGetValue(path, out var a) || !second.TryGetValue(path, out var b) || a != b)
            .Select(path => !first.ContainsKey(path) ? $"only in the second build: {path}"
                : !second.ContainsKey(path) ? $"only in the first build: {path}" : $"differs: {path}")
            .ToList();
}
