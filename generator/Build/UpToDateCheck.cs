using System.Security.Cryptography;
using System.Text.Json;
using SdgArchive.Caching;
using SdgArchive.Diagnostics;
using SdgArchive.Map;
using SdgArchive.Project;

namespace SdgArchive.Build;

/// <summary>
/// The cheapest no-change rebuild: when every input (the generator, the options, each source, template and content
/// file by content hash, the npm data the maps and search use) is what the last successful build used, and the output
/// folder still holds every file it wrote with the same length, the build does nothing and reports what the last one
/// reported. Anything else falls through to the page-level cache.
/// </summary>
public sealed class UpToDateCheck
{
    private readonly string _record;
    private readonly string _output;

    private UpToDateCheck(string record, string output, string inputsKey)
    {
        _record = record;
        _output = output;
        InputsKey = inputsKey;
    }

    public string InputsKey { get; }

    public static UpToDateCheck For(BuildOptions options) => new(RecordFile(options), Path.GetFullPath(options.Output), InputsOf(options));

    /// <summary>Forgets the last build of this output folder (without hashing the inputs): anything about to change it calls this.</summary>
    public static void ForgetOutput(BuildOptions options)
    {
        var record = RecordFile(options);
        if (File.Exists(record)) File.Delete(record);
    }

    private static string RecordFile(BuildOptions options) =>
        Path.Combine(Path.GetFullPath(options.Cache), $"site-{BuildCache.OutputId(options.Output)}.json");

    /// <summary>The last build's result when nothing changed since and its output is intact; null otherwise.</summary>
    public BuildResult? TryReplay(TimeSpan elapsedSoFar)
    {
        var record = Load();
        if (record is null || record.InputsKey != InputsKey || record.Files is null) return null;
        var intact = true;
        Parallel.ForEach(record.Files, (file, loop) =>
        {
            var info = new FileInfo(Path.Combine(_output, file.Key));
            if (!info.Exists || info.Length != file.Value) { intact = false; loop.Stop(); }
        });
        if (!intact) return null;
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(record.Diagnostics.Select(d => d.ToDiagnostic()));
        return new BuildResult(true, record.PageCount, record.DocumentCount, diagnostics, [new StageTiming("up-to-date", elapsedSoFar, record.Files.Count)])
        {
            ReusedPages = record.PageCount,
            ReusedUrls = record.PageUrls,
        };
    }

    /// <summary>Remembers a successful build: the inputs it used, every file it left in the output, what it reported.</summary>
    public void Save(BuildResult result, IReadOnlyList<string> pageUrls)
    {
        var files = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(_output, "*", SearchOption.AllDirectories))
            files[Path.GetRelativePath(_output, file).Replace('\\', '/')] = new FileInfo(file).Length;
        var record = new Record
        {
            InputsKey = InputsKey, PageCount = result.PageCount, DocumentCount = result.DocumentCount, Files = files,
            Diagnostics = result.Diagnostics.Sorted().Select(CachedDiagnostic.From).ToList(), PageUrls = pageUrls,
        };
        Directory.CreateDirectory(Path.GetDirectoryName(_record)!);
        var temp = $"{_record}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        using (var stream = File.Create(temp)) JsonSerializer.Serialize(stream, record);
        File.Move(temp, _record, overwrite: true);
    }

    /// <summary>Forgets the last build (before the output folder is replaced, so a crash cannot pair a record with another output).</summary>
    public void Forget()
    {
        if (File.Exists(_record)) File.Delete(_record);
    }

    private Record? Load()
    {
        try
        {
            if (!File.Exists(_record)) return null;
            using var stream = File.OpenRead(_record);
            return JsonSerializer.Deserialize<Record>(stream);
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException) { return null; }
    }

    private static string InputsOf(BuildOptions options)
    {
        var parts = new List<string>
        {
            BuildFingerprint.GeneratorKey, JsonSerializer.Serialize(options with { Verbose = false }),
            Path.GetFullPath(options.Source), Path.GetFullPath(options.Content), Path.GetFullPath(options.Templates),
        };
        // Every file, not only the documents: a page also shows the images beside them.
        parts.AddRange(FolderHashes(options.Source, AllFiles));
        parts.Add("templates");
        parts.AddRange(FolderHashes(options.Templates, AllFiles));
        parts.Add("content");
        parts.AddRange(FolderHashes(options.Content, AllFiles));
        // npm data outside the project's own folders: the map shapes and the search indexer.
        foreach (var atlas in new[] { WorldAtlas.WorldFile, WorldAtlas.DetailedFile })
            parts.Add(FileStamp(WorldAtlas.Locate(atlas, options.Templates)));
        if (options.Search) parts.Add(FileStamp(Path.Combine(ProjectRoot.Find(options.Templates), "node_modules", "pagefind", "package.json")));
        return BuildCache.Key(parts);
    }

    /// <summary>Every file below a folder, relative to it, in ordinal order.</summary>
    private static string[] AllFiles(string root) => Security.SourceBoundary.Files(root, includeHidden: true);

    /// <summary>The hash of each file <paramref name="select"/> picks in the folder (relative path, tab, SHA-256).</summary>
    private static IEnumerable<string> FolderHashes(string folder, Func<string, string[]> select)
    {
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root)) return ["(missing)"];
        var files = select(root);
        var hashes = new string[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            try { hashes[i] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(root, files[i])))); }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { hashes[i] = "(unreadable)"; }
        });
        return files.Zip(hashes, (f, h) => $"{f}\t{h}");
    }

    private static string FileStamp(string? path)
    {
        if (path is null || !File.Exists(path)) return "(none)";
        var info = new FileInfo(path);
        return $"{path}\t{info.Length}\t{info.LastWriteTimeUtc.Ticks}";
    }

    private sealed class Record
    {
        public string? InputsKey { get; init; }
        public int PageCount { get; init; }
        public int DocumentCount { get; init; }
        public IDictionary<string, long>? Files { get; init; }
        public IReadOnlyList<CachedDiagnostic> Diagnostics { get; init; } = [];
        public IReadOnlyList<string> PageUrls { get; init; } = [];
    }
}
