using System.Text.Json;
using SdgArchive.Caching;
using SdgArchive.Diagnostics;
using SdgArchive.Map;
using SdgArchive.Project;

namespace SdgArchive.Build;

/// <summary>
/// The key of every input a build reads: the generator, the options, each source, template and content file by content
/// hash, the npm data the maps and search use. The build state replays the last build when it is unchanged and the
/// output is intact (<see cref="BuildCache.TryReplay"/>); anything else goes through the page cache.
/// </summary>
public static class BuildInputs
{
    /// <summary>
    /// The key, and each source file's hash by its path relative to the source folder: the read cache names its entries
    /// by them, so a warm build reads and hashes the 10,000 files once, not twice.
    /// </summary>
    public static BuildInputHashes Hash(BuildOptions options)
    {
        var sources = FolderHashes(options.Source);
        var parts = new List<string>
        {
            BuildFingerprint.GeneratorKey, JsonSerializer.Serialize(options with { Verbose = false }),
            Path.GetFullPath(options.Source), Path.GetFullPath(options.Content), Path.GetFullPath(options.Templates),
        };
        // Every file, not only the documents: a page also shows the images beside them.
        parts.AddRange(KeyParts(sources));
        parts.Add("templates");
        parts.AddRange(KeyParts(FolderHashes(options.Templates)));
        parts.Add("content");
        parts.AddRange(KeyParts(FolderHashes(options.Content)));
        // npm data outside the project's own folders: the map shapes and the search indexer.
        foreach (var atlas in new[] { WorldAtlas.WorldFile, WorldAtlas.DetailedFile })
            parts.Add(FileStamp(WorldAtlas.Locate(atlas, options.Templates)));
        if (options.Search)
        {
            var root = ProjectRoot.Find(options.Templates);
            parts.Add(FileStamp(Path.Combine(root, "node_modules", "pagefind", "package.json")));
            parts.Add(FileStamp(Search.PagefindInstallation.Locate(root).Binary));
        }
        var byPath = (sources ?? []).ToDictionary(f => f.Path, f => f.Hash, StringComparer.Ordinal);
        return new BuildInputHashes(ContentHash.OfParts(parts), byPath);
    }

    /// <summary>Every file below a folder, relative to it, in ordinal order.</summary>
    private static string[] AllFiles(string root) => Security.SourceBoundary.Files(root, includeHidden: true);

    /// <summary>Each file's line in the key (relative path, tab, SHA-256); a missing folder is one line.</summary>
    private static IEnumerable<string> KeyParts((string Path, string Hash)[]? files) =>
        files is null ? ["(missing)"] : files.Select(f => $"{f.Path}\t{f.Hash}");

    /// <summary>Every file below the folder (<see cref="AllFiles"/>) with its SHA-256; null for a missing folder.</summary>
    private static (string Path, string Hash)[]? FolderHashes(string folder)
    {
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root)) return null;
        var files = AllFiles(root);
        var hashes = new string[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            try { hashes[i] = ContentHash.Of(File.ReadAllBytes(Path.Combine(root, files[i]))); }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { hashes[i] = "(unreadable)"; }
        });
        return [.. files.Zip(hashes)];
    }

    private static string FileStamp(string? path)
    {
        if (path is null || !File.Exists(path)) return "(none)";
        var info = new FileInfo(path);
        return $"{path}\t{info.Length}\t{info.LastWriteTimeUtc.Ticks}";
    }
}

/// <summary>
/// What <see cref="BuildInputs.Hash"/> found: the key of every input, and each source file's content hash.
/// </summary>
public sealed record BuildInputHashes(string Key, IReadOnlyDictionary<string, string> SourceFiles);
