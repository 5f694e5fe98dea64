using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace SdgArchive.Caching;

/// <summary>
/// One pack of a <see cref="PackedKind"/>: entries' bytes back to back, then an index (per entry: the key's length as
/// two bytes, the key in ASCII, its offset as eight bytes and its length as four), then a footer (the index's offset,
/// the entry count, <c>sdgpack1</c>). What a build adds goes into a new temporary file beside it
/// (<c>{pack}.{guid}.tmp</c>); <see cref="Save"/> copies the old pack's entries after the new ones, writes the index
/// and renames the file over the old pack, so a reader never sees half a pack. A pack that is damaged, or a link,
/// is read as empty; a link is never written through nor replaced.
/// </summary>
internal sealed class PackFile : IDisposable
{
    private const int FooterLength = 8 + 4 + 8;
    private static ReadOnlySpan<byte> Magic => "sdgpack1"u8;

    private readonly object _gate = new();
    private SafeFileHandle? _old;
    private Dictionary<string, Location> _index;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Location> _added =
        new(StringComparer.Ordinal);
    private SafeFileHandle? _new;
    private string? _newPath;
    private long _end;

    private readonly record struct Location(long Offset, int Length);

    private PackFile(string path, bool writable, SafeFileHandle? old, Dictionary<string, Location> index, bool damaged)
    {
        Path = path;
        Writable = writable;
        _old = old;
        _index = index;
        Damaged = damaged;
    }

    public string Path { get; }

    /// <summary>False when the pack's name is taken by a link (or the kind's folder is one): nothing is kept.
    /// </summary>
    public bool Writable { get; }

    /// <summary>A file was there but not a readable pack (cut short, or not the store's format).</summary>
    public bool Damaged { get; private set; }

    /// <summary>Opens the pack at <paramref name="path"/> (none there: an empty pack).</summary>
    public static PackFile Open(string path, bool writable)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null) return new PackFile(path, writable: false, null, [], damaged: false);
        if (!writable || !info.Exists) return new PackFile(path, writable, null, [], damaged: false);
        SafeFileHandle? handle = null;
        try
        {
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (ReadIndex(handle) is { } index) return new PackFile(path, writable, handle, index, damaged: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
        handle?.Dispose();
        return new PackFile(path, writable, null, [], damaged: true);
    }

    /// <summary>The index of the pack open at <paramref name="handle"/>; null when it is not a whole pack.</summary>
    private static Dictionary<string, Location>? ReadIndex(SafeFileHandle handle)
    {
        var length = RandomAccess.GetLength(handle);
        if (length < FooterLength) return null;
        Span<byte> footer = stackalloc byte[FooterLength];
        if (RandomAccess.Read(handle, footer, length - FooterLength) != FooterLength
            || !footer[12..].SequenceEqual(Magic)) return null;
        var indexAt = BinaryPrimitives.ReadInt64LittleEndian(footer);
        var count = BinaryPrimitives.ReadInt32LittleEndian(footer[8..]);
        var indexLength = length - FooterLength - indexAt;
        if (indexAt < 0 || indexLength < 0 || indexLength > int.MaxValue || count < 0) return null;
        var bytes = new byte[indexLength];
        if (RandomAccess.Read(handle, bytes, indexAt) != bytes.Length) return null;
        var index = new Dictionary<string, Location>(count, StringComparer.Ordinal);
        var at = 0;
        for (var i = 0; i < count; i++)
        {
            if (at + 2 > bytes.Length) return null;
            int keyLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at));
            if (at + 2 + keyLength + 12 > bytes.Length) return null;
            var key = Encoding.ASCII.GetString(bytes, at + 2, keyLength);
            at += 2 + keyLength;
            var offset = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(at));
            var entryLength = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at + 8));
            at += 12;
            if (offset < 0 || entryLength < 0 || offset + entryLength > indexAt || !StoreKind.IsKey(key)) return null;
            index[key] = new Location(offset, entryLength);
        }
        return at == bytes.Length ? index : null;
    }

    public bool Contains(string key) => _added.ContainsKey(key) || _index.ContainsKey(key);

    /// <summary>
    /// Hands the entry's bytes to <paramref name="read"/> (in a pooled buffer, valid only during the call); the
    /// default of <typeparamref name="T"/> when the pack has no such entry or it cannot be read.
    /// </summary>
    public T? Read<T>(string key, PackedKind.EntryReader<T> read)
    {
        SafeFileHandle? handle;
        Location location;
        if (_added.TryGetValue(key, out location)) handle = _new;
        else if (_index.TryGetValue(key, out location)) handle = _old;
        else return default;
        if (handle is null) return default;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, location.Length));
        try
        {
            var span = buffer.AsSpan(0, location.Length);
            return RandomAccess.Read(handle, span, location.Offset) == location.Length ? read(span) : default;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return default;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Adds an entry (saved by <see cref="Save"/>); false when the disk refused or the pack is a link.
    /// </summary>
    public bool Write(string key, ReadOnlySpan<byte> bytes)
    {
        if (!Writable) return false;
        if (Contains(key)) return true;
        try
        {
            var handle = NewFile();
            var offset = Interlocked.Add(ref _end, bytes.Length) - bytes.Length;
            RandomAccess.Write(handle, bytes, offset);
            _added[key] = new Location(offset, bytes.Length);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private SafeFileHandle NewFile()
    {
        if (_new is { } made) return made;
        lock (_gate)
        {
            if (_new is not null) return _new;
            var path = $"{Path}.{Guid.NewGuid():N}{AtomicFile.TemporarySuffix}";
            try
            {
                _new = OpenNew(path);
            }
            catch (IOException ex) when (AtomicFile.FolderWasMissing(ex))
            {
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
                _new = OpenNew(path);
            }
            _newPath = path;
            return _new;
        }
    }

    // CreateNew: a link planted at the temporary name fails the open instead of being written through.
    private static SafeFileHandle OpenNew(string path) =>
        File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);

    /// <summary>
    /// Makes what was added part of the pack on disk, dropping the old entries <paramref name="keep"/> refuses (all
    /// kept when it is null); returns how many entries were added, and how many entries and bytes were dropped. Not to
    /// be called while entries are read or written.
    /// </summary>
    public (int Added, int Dropped, long DroppedBytes) Save(Func<string, bool>? keep)
    {
        if (!Writable) return (0, 0, 0);
        var added = _added.Count;
        var kept = _index.Where(e => !_added.ContainsKey(e.Key) && (keep is null || keep(e.Key)))
            .OrderBy(e => e.Value.Offset).ToList();
        var dropped = _index.Where(e => !_added.ContainsKey(e.Key) && keep is not null && !keep(e.Key)).ToList();
        // A damaged pack is replaced when entries are added to it, and deleted by a pruning save.
        if (_added.IsEmpty && dropped.Count == 0 && (!Damaged || keep is null)) return (0, 0, 0);
        try
        {
            if (_added.IsEmpty && kept.Count == 0)
            {
                Discard();
                _old?.Dispose();
                _old = null;
                _index = [];
                File.Delete(Path);
            }
            else
            {
                var handle = NewFile();
                var index = new Dictionary<string, Location>(_added, StringComparer.Ordinal);
                foreach (var (key, location) in kept)
                {
                    var at = Copy(location, handle);
                    index[key] = new Location(at, location.Length);
                }
                WriteIndex(handle, index);
                File.Move(_newPath!, Path, overwrite: true);
                _old?.Dispose();
                (_old, _index, _new, _newPath, _end) = (handle, index, null, null, 0);
                _added.Clear();
            }
            Damaged = false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The disk refused: the old pack stands; what this build added is made again by a later one.
            Discard();
            return (0, 0, 0);
        }
        return (added, dropped.Count, dropped.Sum(e => (long)e.Value.Length));
    }

    /// <summary>Copies an old entry to the end of the new file; returns where it now starts.</summary>
    private long Copy(Location location, SafeFileHandle to)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, location.Length));
        try
        {
            var span = buffer.AsSpan(0, location.Length);
            if (RandomAccess.Read(_old!, span, location.Offset) != span.Length)
                throw new IOException($"{Path}: an entry was cut short");
            var at = _end;
            RandomAccess.Write(to, span, at);
            _end += span.Length;
            return at;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void WriteIndex(SafeFileHandle handle, Dictionary<string, Location> index)
    {
        using var bytes = new MemoryStream();
        Span<byte> number = stackalloc byte[8];
        // In key order: the same entries give the same index.
        foreach (var (key, location) in index.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            BinaryPrimitives.WriteUInt16LittleEndian(number, (ushort)key.Length);
            bytes.Write(number[..2]);
            bytes.Write(Encoding.ASCII.GetBytes(key));
            BinaryPrimitives.WriteInt64LittleEndian(number, location.Offset);
            bytes.Write(number);
            BinaryPrimitives.WriteInt32LittleEndian(number, location.Length);
            bytes.Write(number[..4]);
        }
        BinaryPrimitives.WriteInt64LittleEndian(number, _end);
        bytes.Write(number);
        BinaryPrimitives.WriteInt32LittleEndian(number, index.Count);
        bytes.Write(number[..4]);
        bytes.Write(Magic);
        RandomAccess.Write(handle, bytes.GetBuffer().AsSpan(0, (int)bytes.Length), _end);
    }

    /// <summary>Drops the temporary file of what was added and not saved.</summary>
    private void Discard()
    {
        _new?.Dispose();
        if (_newPath is not null)
            try { File.Delete(_newPath); }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
        (_new, _newPath, _end) = (null, null, 0);
        _added.Clear();
    }

    /// <summary>Every entry of the pack at <paramref name="path"/> (for tests and inspection).</summary>
    internal static IEnumerable<(string Key, byte[] Bytes)> Entries(string path)
    {
        using var pack = Open(path, writable: true);
        foreach (var key in pack._index.Keys.Order(StringComparer.Ordinal).ToList())
            yield return (key, pack.Read(key, span => span.ToArray())!);
    }

    public void Dispose()
    {
        Discard();
        _old?.Dispose();
        _old = null;
    }
}
