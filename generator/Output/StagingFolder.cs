using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Enumeration;
using System.Text;

namespace SdgArchive.Output;

/// <summary>
/// The build writes into a hidden sibling of the output folder and swaps it in only when the build succeeded, so a
/// failed or interrupted build never leaves a half-written site. Paths are checked to stay inside the folder. The
/// sibling is the site the last build replaced, recycled (see <see cref="Recycled"/>): a file this build keeps is
/// usually already there, and a file it writes replaces the old one's name, never its contents, since the old one may
/// be a hard link of a file of the live site.
/// </summary>
public sealed class StagingFolder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ConcurrentDictionary<string, byte> _files = new(StringComparer.Ordinal);

    public string Target { get; }
    public string Root { get; }

    public StagingFolder(string target) : this(target, inPlace: false) { }

    /// <summary>
    /// Writes straight into the output folder instead of staging a new one (serve, after a document edit: staging and
    /// re-linking every unchanged file would cost more than the edit). Not atomic: a failed build keeps what it wrote.
    /// The folder is the live one, where a link may have been planted: each file is written beside its name and
    /// renamed over it (<see cref="Caching.AtomicFile"/>), so a link planted at the name is replaced, never written
    /// through, and a link planted where a folder belongs is replaced by a folder (see <see cref="EnsureRealFolder"/>).
    /// </summary>
    public static StagingFolder InPlace(string target) => new(target, inPlace: true);

    private StagingFolder(string target, bool inPlace)
    {
        Target = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(Target)
            ?? throw new OutputRefusedException(target, "is the root of the file system; choose a folder of its own");
        // The swap below moves the target aside and the next build deletes it: only ever a folder a build made.
        if (!OutputMarker.MayReplace(Target))
            throw new OutputRefusedException(target, $"holds files this build did not make (no {OutputMarker.FileName} marker)");
        Previous = Path.Combine(parent, "." + Path.GetFileName(Target) + ".previous");
        IsInPlace = inPlace;
        if (inPlace)
        {
            Root = Target;
            Directory.CreateDirectory(Root);
            if (!OutputMarker.IsIn(Root)) OutputMarker.WriteInto(Root);
            return;
        }
        Root = Path.Combine(parent, "." + Path.GetFileName(Target) + ".staging");
        RefuseUnlessMade(Root);
        RefuseUnlessMade(Previous);
        // The site the last build replaced becomes this build's staging folder (or one an interrupted build left):
        // most of its files are already the ones this build keeps (hard links of the output's), so they stay where
        // they are instead of being linked again and the old ones deleted: 67,000 files at 10,000 documents.
        var recycle = Directory.Exists(Root) ? Root
            : Directory.Exists(Previous) && OutputMarker.IsIn(Previous) ? Previous : null;
        if (recycle == Previous && Directory.Exists(Previous)) Directory.Move(Previous, Root);
        if (recycle is not null)
        {
            // Listed in the background: 0.5 s of CPU at 10,000 documents had held up the search stage's start. Nothing
            // is written into the folder before the listing is done (RecycledFiles).
            var root = Root;
            _scan = Task.Run(() => Recycled.Of(root));
        }
        else
        {
            if (Directory.Exists(Root)) Retire(Root);
            Directory.CreateDirectory(Root);
        }
        if (!OutputMarker.IsIn(Root)) OutputMarker.WriteInto(Root);
        ClearReplaced();
    }

    private readonly Task<Recycled?>? _scan;
    private readonly Lock _scanGate = new();
    private volatile Recycled? _scanned;

    /// <summary>
    /// The recycled folder's files this build has not yet written or kept (none in a new folder). Every write, link
    /// and folder made goes through here first, so none happens before the listing is done; a folder holding a link is
    /// then set aside and the build starts from an empty one.
    /// </summary>
    private Recycled RecycledFiles
    {
        get
        {
            if (_scanned is { } done) return done;
            lock (_scanGate)
            {
                if (_scanned is null)
                {
                    var listed = _scan?.GetAwaiter().GetResult();
                    if (_scan is not null && listed is null)
                    {
                        DeleteInBackground([Retire(Root)]);
                        Directory.CreateDirectory(Root);
                        OutputMarker.WriteInto(Root);
                    }
                    _scanned = listed ?? Recycled.None;
                }
                return _scanned;
            }
        }
    }

    /// <summary>Moves a folder out of the way, to be removed in the background like a replaced site.</summary>
    private string Retire(string folder)
    {
        var aside = Path.Combine(Path.GetDirectoryName(Previous)!,
            Path.GetFileName(Previous) + ".deleting-" + Guid.NewGuid().ToString("N"));
        Directory.Move(folder, aside);
        return aside;
    }

    /// <summary>
    /// A folder set aside (a replaced site not recycled, a removal cut short) is removed while this build runs, never
    /// waited for: deleting the 67,000 files of a 10,000-document site had held up the swap by 2–8 s under load. A
    /// removal cut short (the process ended first) is finished by the next build; the folder keeps its marker until it
    /// is empty.
    /// </summary>
    private void ClearReplaced()
    {
        var parent = Path.GetDirectoryName(Previous)!;
        var prefix = Path.GetFileName(Previous) + ".deleting-";
        if (Directory.Exists(Previous)) Retire(Previous);
        // Compared by name, not by a search pattern: an output folder may be named with '*' or '?'.
        var replaced = Directory.GetDirectories(parent)
            .Where(d => Path.GetFileName(d).StartsWith(prefix, StringComparison.Ordinal)).ToArray();
        if (replaced.Length > 0) DeleteInBackground(replaced);
    }

    private static void DeleteInBackground(IReadOnlyList<string> folders) =>
        _ = Task.Run(() =>
        {
            foreach (var folder in folders)
            {
                try { OutputMarker.DeleteMade(folder); }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // The next build tries again.
                }
            }
        });

    /// <summary>The staging and replaced folders are deleted at the start of a build: only when a build made them.</summary>
    private static void RefuseUnlessMade(string folder)
    {
        if (!OutputMarker.MayReplace(folder))
            throw new OutputRefusedException(folder, $"is in the way of the build and was not made by it (no {OutputMarker.FileName} marker); remove it");
    }

    public bool IsInPlace { get; }

    /// <summary>Where the replaced output is parked until the next build removes it in the background.</summary>
    public string Previous { get; }

    /// <summary>Site-relative paths of every file written, for the link check.</summary>
    public IReadOnlyCollection<string> Files => (IReadOnlyCollection<string>)_files.Keys;

    public bool Contains(string relativePath) => _files.ContainsKey(relativePath);

    /// <summary>Writes a file of the site; returns its stamp for the build state, known from the bytes.</summary>
    public Caching.OutputStamp WriteText(string relativePath, string text)
    {
        // Encoded into a pooled buffer: a new array per page was ~1 GB of a 10,000-document build's allocations.
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try { return WriteBytes(relativePath, buffer.AsSpan(0, Utf8.GetBytes(text, buffer))); }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
    }

    /// <summary>
    /// Writes a file of the site; returns its stamp for the build state, known from the bytes (each page was opened,
    /// read and hashed again after it was written: ~1 % of a 10,000-document build's CPU).
    /// </summary>
    public Caching.OutputStamp WriteBytes(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var full = FullPath(relativePath);
        EnsureDirectory(Path.GetDirectoryName(full)!);
        if (IsInPlace)
        {
            Caching.AtomicFile.Write(full, bytes);
            return new(bytes.Length, File.GetLastWriteTimeUtc(full).Ticks, Caching.ContentHash.Of(bytes));
        }
        ClearWay(Normalize(relativePath), full);
        // open + pwrite + close: File.WriteAllBytes adds flock, fstatfs, ftruncate and fallocate per file.
        using var handle = CreateNew(full);
        RandomAccess.Write(handle, bytes, 0);
        return new(bytes.Length, File.GetLastWriteTimeUtc(handle).Ticks, Caching.ContentHash.Of(bytes));
    }

    /// <summary>
    /// Opens a new file at <paramref name="full"/> (O_CREAT | O_EXCL); a name already there (written twice) is removed
    /// first, never written through. FileMode.Create has .NET truncate the file it opened (ftruncate to 0), and ext4
    /// then starts writing the file back in close() (auto_da_alloc): 3 % of a 10,000-document build's CPU.
    /// </summary>
    private static Microsoft.Win32.SafeHandles.SafeFileHandle CreateNew(string full)
    {
        const FileShare share = FileShare.ReadWrite | FileShare.Delete;
        try { return File.OpenHandle(full, FileMode.CreateNew, FileAccess.Write, share); }
        catch (IOException) when (!Directory.Exists(full))
        {
            File.Delete(full);
            return File.OpenHandle(full, FileMode.CreateNew, FileAccess.Write, share);
        }
    }

    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);

    private void EnsureDirectory(string folder)
    {
        if (_folders.ContainsKey(folder)) return;
        if (IsInPlace)
        {
            EnsureRealFolder(folder);
            return;
        }
        // A recycled folder may hold a file where this site has a folder (an address that became a section).
        if (RecycledFiles.Take(Path.GetRelativePath(Root, folder).Replace('\\', '/'))) File.Delete(folder);
        Directory.CreateDirectory(folder);
        _folders.TryAdd(folder, 0);
    }

    private readonly Lock _folderGate = new();

    /// <summary>
    /// In place, the folder is the live site, where anything may have been planted: each folder under
    /// <see cref="Root"/> on the way to <paramref name="folder"/> is checked once, and a symbolic link found where a
    /// folder belongs (<c>documents -> /somewhere/else</c>) is removed, never its target, and a real folder made, so no
    /// write goes out of the site. One at a time: a page seeing the link after another removed it would delete the
    /// folder made in its place. A folder already there costs one lstat, outside the lock.
    /// </summary>
    private void EnsureRealFolder(string folder)
    {
        if (folder.Length <= Root.Length) return; // the output folder itself is the user's choice
        EnsureDirectory(Path.GetDirectoryName(folder)!);
        var info = new DirectoryInfo(folder);
        if (!info.Exists || info.Attributes.HasFlag(FileAttributes.ReparsePoint))
        {
            lock (_folderGate)
            {
                if (_folders.ContainsKey(folder)) return;
                if (new FileInfo(folder).LinkTarget is not null) File.Delete(folder); // unlinks the link only
                Directory.CreateDirectory(folder);
            }
        }
        _folders.TryAdd(folder, 0);
    }

    /// <summary>
    /// Before a file is written: a recycled file or a linked one at that path is the same inode as a file of the live
    /// site, so it is unlinked first and never written through (which would change the site being served).
    /// </summary>
    private void ClearWay(string relative, string full)
    {
        if (RecycledFiles.Take(relative) | _linked.TryRemove(relative, out _)) File.Delete(full);
        ClearRecycledFolder(relative, full);
    }

    /// <summary>
    /// A recycled folder may hold a folder where this site has a file (a section that became one page); its files
    /// are recycled ones (a recycled folder holds no links), removed here instead of at the commit.
    /// </summary>
    private void ClearRecycledFolder(string relative, string full)
    {
        if (RecycledFiles == Recycled.None || !Directory.Exists(full)) return;
        RecycledFiles.RemoveUnder(Root, relative);
        if (Directory.Exists(full)) Directory.Delete(full, recursive: true);
    }

    /// <summary>Files staged as hard links of the live site's.</summary>
    private readonly ConcurrentDictionary<string, byte> _linked = new(StringComparer.Ordinal);

    public void CopyFile(string source, string relativePath)
    {
        var full = FullPath(relativePath);
        EnsureDirectory(Path.GetDirectoryName(full)!);
        if (IsInPlace)
        {
            Caching.AtomicFile.Write(full, stream =>
            {
                using var from = File.OpenRead(source);
                from.CopyTo(stream);
            });
            return;
        }
        ClearWay(Normalize(relativePath), full);
        File.Copy(source, full, overwrite: true);
    }

    /// <summary>
    /// Puts a file made outside the site (a social card in the cache's store) into it as a hard link of
    /// <paramref name="source"/>, else a copy. The store, like the site, replaces names and never writes a file in
    /// place, so neither changes the other through the link. False in place (serve), where every file is written whole.
    /// </summary>
    public bool Link(string source, string relativePath)
    {
        if (IsInPlace) return false;
        var normalized = Normalize(relativePath);
        var full = FullPath(normalized);
        EnsureDirectory(Path.GetDirectoryName(full)!);
        ClearWay(normalized, full);
        Caching.HardLink.LinkOrCopy(source, full);
        _linked.TryAdd(normalized, 0);
        return true;
    }

    /// <summary>
    /// Puts an unchanged file of the output being replaced into the site (a hard link, else a copy) instead of
    /// writing it again. False when the old output no longer has it; true when it is already staged.
    /// </summary>
    public bool Reuse(string relativePath)
    {
        var normalized = Normalize(relativePath);
        var source = Path.Combine(Target, normalized);
        if (_files.ContainsKey(normalized)) return true;
        // In place, a page is kept only in real folders of the site: one kept behind a planted folder link would be a
        // file of elsewhere (the link, replaced by a folder, leaves the page missing: it is written again).
        if (IsInPlace) EnsureDirectory(Path.GetDirectoryName(Path.Combine(Root, normalized))!);
        // Only a plain file is carried over: a link planted in the old output would be linked into the new one.
        var info = new FileInfo(source);
        if (!info.Exists || info.Attributes.HasFlag(FileAttributes.ReparsePoint)) return false;
        var full = FullPath(normalized);
        if (IsInPlace) return true; // already where it belongs
        // Recycled and still the live site's file: nothing to do (most files of a one-edit build).
        if (RecycledFiles.Take(normalized))
        {
            if (Caching.HardLink.SameFile(source, full)) return true;
            File.Delete(full);
        }
        else ClearRecycledFolder(normalized, full);
        // Remembered folders: a mkdir per linked file was 40 % of the linking's CPU in a one-edit build at 10,000.
        EnsureDirectory(Path.GetDirectoryName(full)!);
        try { Caching.HardLink.LinkOrCopy(source, full); }
        catch (IOException) when (File.Exists(full)) { } // staged meanwhile by another page that brought the same image
        _linked.TryAdd(normalized, 0);
        return true;
    }

    /// <summary>Reuses a whole folder of the output being replaced (the search index); false when it is not there.</summary>
    public bool ReuseFolder(string relativeFolder)
    {
        var source = Path.Combine(Target, relativeFolder);
        if (!Directory.Exists(source)) return false;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            Reuse(Path.GetRelativePath(Target, file).Replace('\\', '/'));
        return true;
    }

    /// <summary>
    /// Replaces the output folder with the staged one in one exchange of names (two renames where the system cannot
    /// exchange), so readers never see a half-written site.
    /// </summary>
    public void Commit()
    {
        if (IsInPlace) { RemoveUnwritten(); return; }
        RecycledFiles.RemoveRest(Root);
        if (Directory.Exists(Target) && AtomicSwap.TryExchange(Root, Target))
        {
            Directory.Move(Root, Previous); // the old site, now under the staging name
            return;
        }
        if (Directory.Exists(Target)) Directory.Move(Target, Previous);
        Directory.Move(Root, Target);
    }

    /// <summary>
    /// In place: files of the last build that this one neither wrote nor kept (a deleted document's page) go, and so
    /// does a link planted in the folder: the link only, never followed (Directory.EnumerateFiles recursed into a
    /// linked folder, and the files it listed there, outside the site, were deleted).
    /// </summary>
    private void RemoveUnwritten()
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false,
            ReturnSpecialDirectories = false,
        };
        var entries = new FileSystemEnumerable<string>(Root,
            (ref FileSystemEntry e) => Path.GetRelativePath(Root, e.ToFullPath()).Replace('\\', '/'), options)
        {
            // A link to a file is removed like a file (unlinked); only a folder is asked whether it is a link.
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory || !IsRealFolder(ref e),
            ShouldRecursePredicate = IsRealFolder,
        };
        Recycled.DeleteFiles(Root, entries.Where(relative => !_files.ContainsKey(relative)).ToList());
    }

    /// <summary>
    /// A folder this build checked (<see cref="EnsureRealFolder"/>) is known real; any other is looked at (an entry's
    /// attributes cost a stat, which the folders of a 10,000-document site would each pay again).
    /// </summary>
    private bool IsRealFolder(ref FileSystemEntry entry) => _folders.ContainsKey(entry.ToFullPath())
        || !entry.Attributes.HasFlag(FileAttributes.ReparsePoint);

    /// <summary>
    /// Before an outside program (pagefind) writes a folder of the site: the recycled folder is moved aside, so the
    /// program never writes through a link into the live site and no stale file stays beside what it writes. Removed
    /// in the background: deleting the 10,656 files of a 10,000-document index first held pagefind up by ~3 s.
    /// </summary>
    public void ClearRecycled(string relativeFolder)
    {
        var normalized = Normalize(relativeFolder);
        var folder = Path.Combine(Root, normalized);
        if (!RecycledFiles.Forget(normalized) || !Directory.Exists(folder)) return;
        var aside = Retire(folder);
        // Marked as the build's, so a removal cut short is finished by the next build like a replaced site.
        OutputMarker.WriteInto(aside);
        DeleteInBackground([aside]);
    }

    /// <summary>A failed build leaves nothing beside the output: its staged files, recycled ones too, go.</summary>
    public void Abandon()
    {
        if (IsInPlace) return;
        try { _scan?.Wait(); } catch (AggregateException) { /* the folder goes anyway */ }
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }

    /// <summary>A site-relative path as the folder records it: forward slashes, no leading slash.</summary>
    private static string Normalize(string relativePath) => relativePath.Replace('\\', '/').TrimStart('/');

    private string FullPath(string relativePath)
    {
        var normalized = Normalize(relativePath);
        var full = Path.GetFullPath(Path.Combine(Root, normalized));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"refusing to write outside the output folder: {relativePath}");
        _files.TryAdd(normalized, 0);
        return full;
    }
}
