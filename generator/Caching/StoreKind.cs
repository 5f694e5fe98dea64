using System.Collections.Concurrent;

namespace SdgArchive.Caching;

/// <summary>
/// One kind of entry in the <see cref="ContentStore"/>: a file per key at <c>{cache}/{kind}/{key[..2]}/{key}</c> (a
/// folder of 256 at most, not 30,000 files in one), written by <see cref="AtomicFile"/> so a build running at the same
/// time, or one cut short, never reads half an entry. Every key read, written or kept is remembered as
/// used by this build; <see cref="Sweep"/> deletes the others. Keys are file names the caches derive from content
/// hashes (<c>{hash}.png</c>, <c>{hash}-480.webp</c>): lower-case letters, digits, '-' and '.', so no key names a
/// path outside its folder.
/// </summary>
public sealed class StoreKind
{
    private const string Temporary = AtomicFile.TemporarySuffix;
    private readonly ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);
    /// <summary>Per folder of the kind (the kind's own under ""): whether it is a plain folder, not a link.</summary>
    private readonly ConcurrentDictionary<string, bool> _plain = new(StringComparer.Ordinal);

    internal StoreKind(string storeFolder, string name)
    {
        if (!IsKey(name)) throw new ArgumentException($"'{name}' is not a store kind name", nameof(name));
        Name = name;
        Folder = Path.Combine(storeFolder, name);
    }

    public string Name { get; }
    public string Folder { get; }

    /// <summary>Whether <paramref name="key"/> can name an entry (see the class summary).</summary>
    public static bool IsKey(string key) =>
        key.Length >= 3 && (char.IsAsciiLetterLower(key[0]) || char.IsAsciiDigit(key[0]))
        && key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '.')
        && !key.Contains("..", StringComparison.Ordinal) && !key.EndsWith(Temporary, StringComparison.Ordinal);

    /// <summary>Where the entry <paramref name="key"/> is (or would be) stored.</summary>
    private string PathOf(string key)
    {
        if (!IsKey(key)) throw new ArgumentException($"'{key}' is not a store key", nameof(key));
        return Path.Combine(Folder, key[..2], key);
    }

    /// <summary>
    /// The entry's bytes, or null when it is missing, unreadable, or a link (the store writes plain files only: a
    /// link planted in it is not followed). Either way the key counts as used by this build.
    /// </summary>
    public byte[]? Read(string key)
    {
        if (PlainFile(key) is not { } path) return null;
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Pruned by a build that held the store meanwhile, or damaged: made again, like a miss.
            return null;
        }
    }

    /// <summary>
    /// The entry's file when it is in the store as a plain file, for a caller that links it into the site instead of
    /// writing its bytes again (a social card); null when it is missing or a link. The key counts as used.
    /// </summary>
    public string? PlainFile(string key)
    {
        var path = PathOf(key);
        _used.TryAdd(key, 0);
        if (!IsPlain(key)) return null;
        // The link flag comes with the file's status: asking for a link's target is one more system call per entry,
        // and a one-edit build reads 30,000 entries.
        var info = new FileInfo(path);
        return info.Exists && !info.Attributes.HasFlag(FileAttributes.ReparsePoint) ? path : null;
    }

    /// <summary>
    /// Stores <paramref name="bytes"/> under <paramref name="key"/> (<see cref="AtomicFile"/>: temp file, then rename,
    /// which replaces a link without writing through it). False when the disk refused: a full disk or a read-only cache
    /// costs the next build the work, nothing more.
    /// </summary>
    public bool Write(string key, ReadOnlyMemory<byte> bytes)
    {
        var path = PathOf(key);
        _used.TryAdd(key, 0);
        if (!IsPlain(key)) return false;
        try
        {
            // The folder is made when the first write finds it missing: a mkdir before each of a cold build's
            // 30,000 writes found it there all but 256 times.
            try { AtomicFile.Write(path, bytes.Span); }
            catch (IOException ex) when (AtomicFile.FolderWasMissing(ex))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                AtomicFile.Write(path, bytes.Span);
            }
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Counts the entry as used without reading it (the build kept a file made from it).</summary>
    public void Keep(string key)
    {
        if (IsKey(key)) _used.TryAdd(key, 0);
    }

    /// <summary>
    /// Deletes the entries of this kind not used by this build, the temporary files of builds cut short, and entries of
    /// earlier layouts (files directly in the kind's folder or in a folder not named by a key's first two characters);
    /// then the folders left empty. Only plain files whose names are keys or temporary names are deleted; a link, to a
    /// file or a folder, is neither followed nor deleted, and nothing outside the kind's folder is touched.
    /// </summary>
    internal StorePruning Sweep()
    {
        var kind = new DirectoryInfo(Folder);
        if (!kind.Exists || IsLink(kind)) return StorePruning.None;
        var pruned = StorePruning.None;
        foreach (var entry in kind.EnumerateFileSystemInfos())
        {
            if (IsLink(entry)) continue;
            if (entry is FileInfo file) pruned += Delete(file, kept: false);
            else if (entry is DirectoryInfo folder)
            {
                var fanout = folder.Name.Length == 2;
                foreach (var inner in folder.EnumerateFiles())
                    if (!IsLink(inner))
                        pruned += Delete(inner, kept: fanout
                            && inner.Name.StartsWith(folder.Name, StringComparison.Ordinal)
                            && _used.ContainsKey(inner.Name));
                try { if (!folder.EnumerateFileSystemInfos().Any()) folder.Delete(); }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
            }
        }
        return pruned;
    }

    internal static StorePruning Delete(FileInfo file, bool kept)
    {
        var temporary = file.Name.EndsWith(Temporary, StringComparison.Ordinal);
        if (kept || (!temporary && !IsKey(file.Name))) return StorePruning.None;
        try
        {
            var length = file.Length;
            file.Delete();
            // A temporary file is a crashed build's leftover, not an entry: its bytes count, not as an entry.
            return new StorePruning(temporary ? 0 : 1, length);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return StorePruning.None;
        }
    }

    /// <summary>
    /// Whether the kind's folder and the key's folder are plain folders (or not made yet): through a link planted in
    /// the store, an entry would be read from, or written to, a folder that is not the store's.
    /// </summary>
    private bool IsPlain(string key) =>
        _plain.GetOrAdd("", _ => new DirectoryInfo(Folder).LinkTarget is null)
        && _plain.GetOrAdd(key[..2], prefix => new DirectoryInfo(Path.Combine(Folder, prefix)).LinkTarget is null);

    /// <summary>An enumerated symbolic link (reported as a reparse point, to a file or to a folder alike).</summary>
    internal static bool IsLink(FileSystemInfo entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;
}
