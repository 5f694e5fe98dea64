using System.Collections.Concurrent;

namespace SdgArchive.Caching;

/// <summary>
/// A kind of the <see cref="ContentStore"/> for small entries that are only ever read back as bytes (read documents,
/// excerpts, search words), kept in one pack per first character of the key (<c>{cache}/{kind}/{c}.pack</c>: 16 for
/// hex keys, see <see cref="PackFile"/>) instead of a file per entry: a build after one edit at 10,000 documents opened
/// 30,000 entry files (open, status, read, close each, and an array per entry to read it into) and a cold build
/// created as many, beside its 67,000 output files. An entry is one positioned read from a pack opened once, into a
/// pooled buffer. The store's other rules hold: entries are named by content and never changed; every key read or
/// written counts as used; <see cref="Sweep"/> drops the others (rewriting only the packs that held them); a link in
/// place of the kind's folder or of a pack is neither read, written through nor deleted. Two builds sharing the store
/// each save their packs whole: the last one's rename wins, and the other's new entries are made again by a later
/// build (entries are a cache: never wrong, at worst missing).
/// </summary>
public sealed class PackedKind
{
    /// <summary>Reads an entry's bytes, which are valid only during the call.</summary>
    public delegate T EntryReader<out T>(ReadOnlySpan<byte> bytes);

    private const string PackSuffix = ".pack";
    private readonly ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<char, Lazy<PackFile>> _packs = new();
    private readonly bool _plain;

    internal PackedKind(string storeFolder, string name)
    {
        if (!StoreKind.IsKey(name)) throw new ArgumentException($"'{name}' is not a store kind name", nameof(name));
        Name = name;
        Folder = Path.Combine(storeFolder, name);
        _plain = new DirectoryInfo(Folder).LinkTarget is null;
    }

    public string Name { get; }
    public string Folder { get; }

    /// <summary>
    /// Hands the entry's bytes to <paramref name="read"/>; the default of <typeparamref name="T"/> when it is missing
    /// or unreadable. Either way the key counts as used by this build.
    /// </summary>
    public T? Read<T>(string key, EntryReader<T> read)
    {
        _used.TryAdd(Checked(key), 0);
        return Pack(key).Read(key, read);
    }

    /// <summary>Stores <paramref name="bytes"/> under <paramref name="key"/>; false when the disk refused.</summary>
    public bool Write(string key, ReadOnlySpan<byte> bytes)
    {
        _used.TryAdd(Checked(key), 0);
        return Pack(key).Write(key, bytes);
    }

    private static string Checked(string key) =>
        StoreKind.IsKey(key) ? key : throw new ArgumentException($"'{key}' is not a store key", nameof(key));

    private PackFile Pack(string key) =>
        _packs.GetOrAdd(key[0], first => new Lazy<PackFile>(() => PackFile.Open(PackPath(first), _plain))).Value;

    private string PackPath(char first) => Path.Combine(Folder, first + PackSuffix);

    /// <summary>Whether <paramref name="name"/> is a pack's file name (<c>{c}.pack</c>).</summary>
    private static bool IsPackName(string name) =>
        name.Length == 1 + PackSuffix.Length && name.EndsWith(PackSuffix, StringComparison.Ordinal)
        && StoreKind.IsKey(name);

    /// <summary>
    /// Saves what this build added, keeping every older entry: done at the end of every build, failed or not (serve's
    /// rebuilds too), so the next build finds them. Not while entries are read or written.
    /// </summary>
    internal int Flush() => _packs.Values.Sum(pack => pack.Value.Save(keep: null).Added);

    /// <summary>
    /// Drops the entries this build did not use (packs it did not open hold only such entries), temporary packs of
    /// builds cut short, and entries of the earlier layout (a file per entry in folders of 256); then empty folders.
    /// Called under the store's exclusive lease, after <see cref="Flush"/>.
    /// </summary>
    internal StorePruning Sweep()
    {
        var kind = new DirectoryInfo(Folder);
        if (!_plain || !kind.Exists || StoreKind.IsLink(kind)) return StorePruning.None;
        foreach (var file in kind.EnumerateFiles("*" + PackSuffix))
            if (IsPackName(file.Name)) Pack(file.Name);
        var pruned = StorePruning.None;
        foreach (var (_, pack) in _packs.OrderBy(p => p.Key))
        {
            var (_, entries, bytes) = pack.Value.Save(key => _used.ContainsKey(key));
            pruned += new StorePruning(entries, bytes);
        }
        foreach (var entry in kind.EnumerateFileSystemInfos())
        {
            if (StoreKind.IsLink(entry) || IsPackName(entry.Name)) continue;
            if (entry is FileInfo file) pruned += StoreKind.Delete(file, kept: false);
            else if (entry is DirectoryInfo folder && folder.Name.Length == 2)
            {
                foreach (var inner in folder.EnumerateFiles())
                    if (!StoreKind.IsLink(inner)) pruned += StoreKind.Delete(inner, kept: false);
                try { if (!folder.EnumerateFileSystemInfos().Any()) folder.Delete(); }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
            }
        }
        return pruned;
    }

    /// <summary>Every entry of the kind in <paramref name="folder"/>, by key (for tests and inspection).</summary>
    internal static IEnumerable<(string Key, byte[] Bytes)> Entries(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*" + PackSuffix).Where(p => IsPackName(Path.GetFileName(p)))
                .Order(StringComparer.Ordinal).SelectMany(PackFile.Entries)
            : [];
}
