using System.Collections.Concurrent;
using System.Text;

namespace SdgArchive.Output;

/// <summary>
/// The build writes into a hidden sibling of the output folder and swaps it in only when the build succeeded, so a
/// failed or interrupted build never leaves a half-written site. Paths are checked to stay inside the folder.
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
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true); // left over from an interrupted build
        Directory.CreateDirectory(Root);
        OutputMarker.WriteInto(Root);
        ClearReplaced();
    }

    /// <summary>
    /// The output the last build replaced is renamed out of the way and removed while this build runs, never waited
    /// for: deleting the 67,000 files of a 10,000-document site had held up the swap by 2–8 s under load. A removal
    /// cut short (the process ended first) is finished by the next build; the folder keeps its marker until it is
    /// empty.
    /// </summary>
    private void ClearReplaced()
    {
        var parent = Path.GetDirectoryName(Previous)!;
        var prefix = Path.GetFileName(Previous) + ".deleting-";
        if (Directory.Exists(Previous))
            Directory.Move(Previous, Path.Combine(parent, prefix + Guid.NewGuid().ToString("N")));
        // Compared by name, not by a search pattern: an output folder may be named with '*' or '?'.
        var replaced = Directory.GetDirectories(parent)
            .Where(d => Path.GetFileName(d).StartsWith(prefix, StringComparison.Ordinal)).ToArray();
        if (replaced.Length == 0) return;
        _ = Task.Run(() =>
        {
            foreach (var folder in replaced)
            {
                try { OutputMarker.DeleteMade(folder); }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // The next build tries again.
                }
            }
        });
    }

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

    public void WriteText(string relativePath, string text) => WriteBytes(relativePath, Utf8.GetBytes(text));

    public void WriteBytes(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var full = FullPath(relativePath);
        EnsureDirectory(Path.GetDirectoryName(full)!);
        // open + pwrite + close: File.WriteAllBytes adds flock, fstatfs, ftruncate and fallocate per file.
        using var handle = File.OpenHandle(full, FileMode.Create, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        RandomAccess.Write(handle, bytes, 0);
    }

    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);

    private void EnsureDirectory(string folder)
    {
        if (_folders.ContainsKey(folder)) return;
        Directory.CreateDirectory(folder);
        _folders.TryAdd(folder, 0);
    }

    public void CopyFile(string source, string relativePath)
    {
        var full = FullPath(relativePath);
        EnsureDirectory(Path.GetDirectoryName(full)!);
        File.Copy(source, full, overwrite: true);
    }

    /// <summary>
    /// Writes a file, or links the replaced output's copy of it when that holds these very bytes (a plain file, not a
    /// link). A build after one edit wrote all 30,007 citation files of 10,000 documents again.
    /// </summary>
    public void WriteOrKeep(string relativePath, byte[] bytes)
    {
        if (!IsInPlace && Holds(Path.Combine(Target, Normalize(relativePath)), bytes)
            && Reuse(relativePath)) return;
        WriteBytes(relativePath, bytes);
    }

    private static bool Holds(string path, byte[] bytes)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists && info.LinkTarget is null && info.Length == bytes.Length
                && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
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
        if (!File.Exists(source)) return false;
        var full = FullPath(normalized);
        if (IsInPlace) return true; // already where it belongs
        // Remembered folders: a mkdir per linked file was 40 % of the linking's CPU in a one-edit build at 10,000.
        EnsureDirectory(Path.GetDirectoryName(full)!);
        try { Caching.HardLink.LinkOrCopy(source, full); }
        catch (IOException) when (File.Exists(full)) { } // staged meanwhile by another page that brought the same image
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
        if (Directory.Exists(Target) && AtomicSwap.TryExchange(Root, Target))
        {
            Directory.Move(Root, Previous); // the old site, now under the staging name
            return;
        }
        if (Directory.Exists(Target)) Directory.Move(Target, Previous);
        Directory.Move(Root, Target);
    }

    /// <summary>In place: files of the last build that this one neither wrote nor kept (a deleted document's page) go.</summary>
    private void RemoveUnwritten()
    {
        var emptied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories).ToList())
        {
            var relative = Path.GetRelativePath(Root, file).Replace('\\', '/');
            if (_files.ContainsKey(relative) || relative == OutputMarker.FileName) continue;
            File.Delete(file);
            emptied.Add(Path.GetDirectoryName(file)!);
        }
        foreach (var folder in emptied.OrderByDescending(f => f.Length, Comparer<int>.Default))
            for (var dir = folder; dir.Length > Root.Length && Directory.Exists(dir) && !Directory.EnumerateFileSystemEntries(dir).Any(); dir = Path.GetDirectoryName(dir)!)
                Directory.Delete(dir);
    }

    public void Abandon()
    {
        if (IsInPlace) return;
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
