using System.Collections.Concurrent;
using SdgArchive.Diagnostics;

namespace SdgArchive.Caching;

/// <summary>
/// The inputs one page read while it rendered, beyond its key: files it looked for (a local image, found or not),
/// shared data (the world-atlas shapes its locator map is drawn on), the templates it ran and the interface strings it
/// looked up, each with the hash of what was read. A later build reuses the page only while every one of them still
/// hashes the same (<see cref="InputState.Unchanged"/>), so a dependency is never listed by hand: whatever the
/// rendering code reads through the log is in it. What was wrong with an input read (a string no file has, a partial
/// that failed to draw) is <see cref="Report">reported</see> into the log too: it goes where the read goes (a partial
/// drawn once hands both to every page that shows it), into the page's record, and comes back when the page is reused.
/// </summary>
public sealed class InputLog
{
    /// <summary>What a file that was looked for and not found is recorded as (and a string no file has).</summary>
    public const string Missing = "(missing)";
    /// <summary>
    /// The templates a page ran are recorded as one entry, <c>templates:layouts/base.sbn|pages/term.sbn|…</c> with
    /// the hash of their hashes: every page runs 5–8 of them, and one entry a template each made the build state of
    /// 1,000 documents 41 % larger (4.4 → 6.3 MB); the pages of a kind share one entry, checked once per build.
    /// </summary>
    public const string TemplatesPrefix = "templates:";
    /// <summary>
    /// The interface strings a page looked up, as one entry the same way (<c>strings:nav.home|term.page_of|…</c>):
    /// a page reads 30–60 of them.
    /// </summary>
    public const string StringsPrefix = "strings:";
    /// <summary>
    /// Between the names of a group's entry. A name holding it (a strings key is any JSON text) splits into other
    /// names when checked: the page then never matches and is rendered again, which is slow, never stale.
    /// </summary>
    private const char GroupSeparator = '|';
    internal static readonly string[] GroupPrefixes = [TemplatesPrefix, StringsPrefix];
    private readonly ConcurrentDictionary<string, string> _reads = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>[] _groups =
        [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
    private readonly ConcurrentDictionary<Diagnostic, byte> _reported = new();

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
    public void Template(string name, string hash) => _groups[0][name] = hash;

    /// <summary>
    /// An interface string looked up, by key, and the hash of what the strings files hold for it
    /// (<see cref="Missing"/> when none has it); the build registers the current ones in
    /// <see cref="InputState.String"/>.
    /// </summary>
    public void String(string key, string hash) => _groups[1][key] = hash;

    /// <summary>
    /// A problem with an input read: reported by every page that read it, and by a build once
    /// (<see cref="Diagnostic.Once"/>) however many pages did.
    /// </summary>
    public void Report(Diagnostic diagnostic) => _reported[diagnostic with { Once = true }] = 0;

    /// <summary>What was reported about the inputs read, in the diagnostics' order.</summary>
    public IReadOnlyList<Diagnostic> Reported()
    {
        var bag = new DiagnosticBag();
        bag.AddRange(_reported.Keys);
        return bag.Sorted();
    }

    /// <summary>
    /// What this log holds now, fixed, to be added to many others (a partial drawn once, shown by many pages).
    /// </summary>
    public Recorded Fix() => new([.. _reads], [.. _groups[0]], [.. _groups[1]], [.. _reported.Keys]);

    /// <summary>
    /// Everything <paramref name="other"/> recorded. An entry this log already has with the same hash is only looked
    /// at: a listing adds the same template and strings once per card, and enumerating and writing the concurrent
    /// dictionaries each time was 1.9 % of the CPU of a 10,000-document build (perf, held-out corpus).
    /// </summary>
    public void Add(Recorded other)
    {
        Merge(_reads, other.Reads);
        Merge(_groups[0], other.Templates);
        Merge(_groups[1], other.Strings);
        foreach (var diagnostic in other.Reported) _reported.TryAdd(diagnostic, 0);
    }

    private static void Merge(ConcurrentDictionary<string, string> into, KeyValuePair<string, string>[] entries)
    {
        foreach (var (name, hash) in entries)
            if (!into.TryGetValue(name, out var had) || !string.Equals(had, hash, StringComparison.Ordinal))
                into[name] = hash;
    }

    /// <summary>A log's entries, fixed (see <see cref="Fix"/>).</summary>
    public sealed record Recorded(KeyValuePair<string, string>[] Reads, KeyValuePair<string, string>[] Templates,
        KeyValuePair<string, string>[] Strings, Diagnostic[] Reported);

    /// <summary>What was read, in ordinal order (for the manifest), the templates and the strings one entry each.
    /// </summary>
    public IReadOnlyDictionary<string, string> Snapshot()
    {
        var snapshot = new SortedDictionary<string, string>(_reads, StringComparer.Ordinal);
        for (var g = 0; g < _groups.Length; g++)
        {
            var group = _groups[g];
            if (group.IsEmpty) continue;
            var names = group.Keys.Order(StringComparer.Ordinal).ToList();
            snapshot[GroupPrefixes[g] + string.Join(GroupSeparator, names)] = GroupHash(names.Select(n => group[n]));
        }
        return snapshot;
    }

    internal static string GroupHash(IEnumerable<string> hashes) => ContentHash.OfParts(hashes);

    internal static string[] GroupNames(string id, string prefix) => id[prefix.Length..].Split(GroupSeparator);
}

/// <summary>
/// The current hash of every input a page can have recorded in its <see cref="InputLog"/>: files are hashed when first
/// asked about (once per build), shared data, templates and strings are registered by the stage that loads them.
/// </summary>
public sealed class InputState
{
    private const string FilePrefix = "file:";
    private const string Unknown = "(unknown)";
    private readonly ConcurrentDictionary<string, string> _current = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _templates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    public static string FileId(string path) => FilePrefix + Path.GetFullPath(path);

    /// <summary>Registers shared data a page may have read (e.g. the world-atlas shapes), by name.</summary>
    public void Set(string name, string hash) => _current[name] = hash;

    /// <summary>Registers a template's current hash, by its path in the templates folder.</summary>
    public void Template(string name, string hash) => _templates[name] = hash;

    /// <summary>Registers the current hash of an interface string, by key (a key not registered is missing).</summary>
    public void String(string key, string hash) => _strings[key] = hash;

    public string Current(string id) => _current.GetOrAdd(id, static (id, state) =>
    {
        // A template gone since is unknown (rendered again); a string no file has now is missing, as recorded then.
        if (id.StartsWith(InputLog.TemplatesPrefix, StringComparison.Ordinal))
            return Group(id, InputLog.TemplatesPrefix, state._templates, Unknown);
        if (id.StartsWith(InputLog.StringsPrefix, StringComparison.Ordinal))
            return Group(id, InputLog.StringsPrefix, state._strings, InputLog.Missing);
        if (!id.StartsWith(FilePrefix, StringComparison.Ordinal)) return Unknown; // data this build did not load
        var path = id[FilePrefix.Length..];
        try { return System.IO.File.Exists(path) ? ContentHash.Of(System.IO.File.ReadAllBytes(path)) : InputLog.Missing; }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return "(unreadable)"; }
    }, this);

    private static string Group(string id, string prefix, ConcurrentDictionary<string, string> registered,
        string absent)
    {
        var hashes = new List<string>();
        foreach (var name in InputLog.GroupNames(id, prefix))
        {
            if (registered.TryGetValue(name, out var hash)) hashes.Add(hash);
            else if (absent == Unknown) return Unknown;
            else hashes.Add(absent);
        }
        return InputLog.GroupHash(hashes);
    }

    /// <summary>True when every recorded input hashes now what it hashed when the page was rendered.</summary>
    public bool Unchanged(IReadOnlyDictionary<string, string> recorded)
    {
        foreach (var (id, hash) in recorded)
            if (Current(id) != hash) return false;
        return true;
    }
}
