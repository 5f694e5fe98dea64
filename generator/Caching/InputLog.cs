using System.Collections.Concurrent;

namespace SdgArchive.Caching;

/// <summary>
/// The inputs one page read while it rendered, beyond its key: files it looked for (a local image, found or not) and
/// shared data (the world-atlas shapes its locator map is drawn on), each with the hash of what was read. A later build
/// reuses the page only while every one of them still hashes the same (<see cref="InputState.Unchanged"/>), so a
/// dependency is never listed by hand: whatever the rendering code reads through the log is in it.
/// </summary>
public sealed class InputLog
{
    /// <summary>What a file that was looked for and not found is recorded as.</summary>
    public const string Missing = "(missing)";
    private readonly ConcurrentDictionary<string, string> _reads = new(StringComparer.Ordinal);

    /// <summary>A file read whole: its bytes' hash, so an edit, even keeping the length and time, is seen.</summary>
    public void File(string path, ReadOnlySpan<byte> bytes) => _reads[InputState.FileId(path)] = ContentHash.Of(bytes);

    /// <summary>A file looked for that was not there: the page changes when it appears.</summary>
    public void Absent(string path) => _reads[InputState.FileId(path)] = Missing;

    /// <summary>Shared data known by name whose hash the build registers in <see cref="InputState.Set"/>.</summary>
    public void Data(string name, string hash) => _reads[name] = hash;

    /// <summary>What was read, in ordinal order (for the manifest).</summary>
    public IReadOnlyDictionary<string, string> Snapshot() => new SortedDictionary<string, string>(_reads, StringComparer.Ordinal);
}

/// <summary>
/// The current hash of every input a page can have recorded in its <see cref="InputLog"/>: files are hashed when first
/// asked about (once per build), shared data is registered by the stage that loads it.
/// </summary>
public sealed class InputState
{
    private const string FilePrefix = "file:";
    private readonly ConcurrentDictionary<string, string> _current = new(StringComparer.Ordinal);

    public static string FileId(string path) => FilePrefix + Path.GetFullPath(path);

    /// <summary>Registers shared data a page may have read (e.g. the world-atlas shapes), by name.</summary>
    public void Set(string name, string hash) => _current[name] = hash;

    public string Current(string id) => _current.GetOrAdd(id, static id =>
    {
        if (!id.StartsWith(FilePrefix, StringComparison.Ordinal)) return "(unknown)"; // data this build did not load
        var path = id[FilePrefix.Length..];
        try { return System.IO.File.Exists(path) ? ContentHash.Of(System.IO.File.ReadAllBytes(path)) : InputLog.Missing; }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return "(unreadable)"; }
    });

    /// <summary>True when every recorded input hashes now what it hashed when the page was rendered.</summary>
    public bool Unchanged(IReadOnlyDictionary<string, string> recorded)
    {
        foreach (var (id, hash) in recorded)
            if (Current(id) != hash) return false;
        return true;
    }
}
