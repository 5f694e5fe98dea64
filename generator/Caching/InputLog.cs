using System.Collections.Concurrent;

namespace SdgArchive.Caching;

/// <summary>
/// The inputs one page read while it rendered, beyond its key: files it looked for (a local image, found or not),
/// shared data (the world-atlas shapes its locator map is drawn on) and the templates it ran, each with the hash of
/// what was read. A later build reuses the page only while every one of them still hashes the same
/// (<see cref="InputState.Unchanged"/>), so a dependency is never listed by hand: whatever the rendering code reads
/// through the log is in it.
/// </summary>
public sealed class InputLog
{
    /// <summary>What a file that was looked for and not found is recorded as.</summary>
    public const string Missing = "(missing)";
    /// <summary>
    /// The templates a page ran are recorded as one entry, <c>templates:layouts/base.sbn|pages/term.sbn|…</c> with
    /// the hash of their hashes: every page runs 5–8 of them, and one entry a template each made the build state of
    /// 1,000 documents 41 % larger (4.4 → 6.3 MB); the pages of a kind share one entry, checked once per build.
    /// </summary>
    public const string TemplatesPrefix = "templates:";
    private const char TemplateSeparator = '|';
    private readonly ConcurrentDictionary<string, string> _reads = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _templates = new(StringComparer.Ordinal);

    /// <summary>A file read whole: its bytes' hash, so an edit, even keeping the length and time, is seen.</summary>
    public void File(string path, ReadOnlySpan<byte> bytes) => _reads[InputState.FileId(path)] = ContentHash.Of(bytes);

    /// <summary>A file looked for that was not there: the page changes when it appears.</summary>
    public void Absent(string path) => _reads[InputState.FileId(path)] = Missing;

    /// <summary>Shared data known by name whose hash the build registers in <see cref="InputState.Set"/>.</summary>
    public void Data(string name, string hash) => _reads[name] = hash;

    /// <summary>
    /// A template run (its path in the templates folder) and the hash of the text parsed; the build registers the
    /// current ones in <see cref="InputState.Template"/>.
    /// </summary>
    public void Template(string name, string hash) => _templates[name] = hash;

    /// <summary>Everything <paramref name="other"/> recorded (a partial drawn once, shown by many pages).</summary>
    public void Add(InputLog other)
    {
        foreach (var (id, hash) in other._reads) _reads[id] = hash;
        foreach (var (name, hash) in other._templates) _templates[name] = hash;
    }

    /// <summary>What was read, in ordinal order (for the manifest), the templates as one entry.</summary>
    public IReadOnlyDictionary<string, string> Snapshot()
    {
        var snapshot = new SortedDictionary<string, string>(_reads, StringComparer.Ordinal);
        if (_templates.IsEmpty) return snapshot;
        var names = _templates.Keys.Order(StringComparer.Ordinal).ToList();
        snapshot[TemplatesPrefix + string.Join(TemplateSeparator, names)] =
            TemplatesHash(names.Select(n => _templates[n]));
        return snapshot;
    }

    internal static string TemplatesHash(IEnumerable<string> hashes) => ContentHash.OfParts(hashes);

    internal static string[] TemplateNames(string id) => id[TemplatesPrefix.Length..].Split(TemplateSeparator);
}

/// <summary>
/// The current hash of every input a page can have recorded in its <see cref="InputLog"/>: files are hashed when first
/// asked about (once per build), shared data and templates are registered by the stage that loads them.
/// </summary>
public sealed class InputState
{
    private const string FilePrefix = "file:";
    private const string Unknown = "(unknown)";
    private readonly ConcurrentDictionary<string, string> _current = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _templates = new(StringComparer.Ordinal);

    public static string FileId(string path) => FilePrefix + Path.GetFullPath(path);

    /// <summary>Registers shared data a page may have read (e.g. the world-atlas shapes), by name.</summary>
    public void Set(string name, string hash) => _current[name] = hash;

    /// <summary>Registers a template's current hash, by its path in the templates folder.</summary>
    public void Template(string name, string hash) => _templates[name] = hash;

    public string Current(string id) => _current.GetOrAdd(id, static (id, templates) =>
    {
        if (id.StartsWith(InputLog.TemplatesPrefix, StringComparison.Ordinal))
        {
            var hashes = new List<string>();
            foreach (var name in InputLog.TemplateNames(id))
            {
                if (!templates.TryGetValue(name, out var hash)) return Unknown; // a template gone since
                hashes.Add(hash);
            }
            return InputLog.TemplatesHash(hashes);
        }
        if (!id.StartsWith(FilePrefix, StringComparison.Ordinal)) return Unknown; // data this build did not load
        var path = id[FilePrefix.Length..];
        try { return System.IO.File.Exists(path) ? ContentHash.Of(System.IO.File.ReadAllBytes(path)) : InputLog.Missing; }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return "(unreadable)"; }
    }, _templates);

    /// <summary>True when every recorded input hashes now what it hashed when the page was rendered.</summary>
    public bool Unchanged(IReadOnlyDictionary<string, string> recorded)
    {
        foreach (var (id, hash) in recorded)
            if (Current(id) != hash) return false;
        return true;
    }
}
