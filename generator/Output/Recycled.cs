using System.Collections.Concurrent;
using System.IO.Enumeration;

namespace SdgArchive.Output;

/// <summary>
/// The files of a site folder a build writes into again (the site the last build replaced, see
/// <see cref="StagingFolder"/>): each one is taken when the build writes or keeps that path, and the rest are removed
/// when it commits. Only a folder of plain files and folders is recycled: a symbolic link anywhere in it could lead a
/// write out of the folder.
/// </summary>
internal sealed class Recycled
{
    public static readonly Recycled None = new([]);

    private readonly ConcurrentDictionary<string, byte> _left;

    private Recycled(IEnumerable<string> files) =>
        _left = new(files.Select(f => KeyValuePair.Create(f, (byte)0)), StringComparer.Ordinal);

    /// <summary>The folder's files by site-relative path; null when it holds a link (not recycled then).</summary>
    public static Recycled? Of(string root)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false,
            ReturnSpecialDirectories = false,
        };
        // The entry's type comes with the folder listing: no system call per file.
        var entries = new FileSystemEnumerable<(string Path, bool IsLink, bool IsDirectory)>(root,
            (ref FileSystemEntry e) => (e.ToSpecifiedFullPath(), e.Attributes.HasFlag(FileAttributes.ReparsePoint),
                e.IsDirectory), options);
        var files = new List<string>();
        try
        {
            foreach (var (path, isLink, isDirectory) in entries)
            {
                if (isLink) return null;
                if (!isDirectory) files.Add(Path.GetRelativePath(root, path).Replace('\\', '/'));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        files.Remove(OutputMarker.FileName);
        return new Recycled(files);
    }

    /// <summary>True (once) when the recycled folder had a file at this path, now written or kept.</summary>
    public bool Take(string relativePath) => _left.TryRemove(relativePath, out _);

    /// <summary>Removes the recycled files under a folder (an outside program writes it afresh).</summary>
    public void RemoveUnder(string root, string relativeFolder) => DeleteFiles(root, TakeUnder(relativeFolder));

    /// <summary>
    /// Takes the recycled files under a folder without deleting them (the caller moves the folder away); false when
    /// there were none.
    /// </summary>
    public bool Forget(string relativeFolder) => TakeUnder(relativeFolder).Count > 0;

    private List<string> TakeUnder(string relativeFolder)
    {
        var prefix = relativeFolder.TrimEnd('/') + "/";
        return _left.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Where(Take).ToList();
    }

    /// <summary>Removes every recycled file the build neither wrote nor kept (a deleted document's page).</summary>
    public void RemoveRest(string root) => DeleteFiles(root, _left.Keys.Where(Take).ToList());

    /// <summary>Deletes files of a site folder (never its marker), then the folders they leave empty.</summary>
    public static void DeleteFiles(string root, IReadOnlyCollection<string> relativePaths)
    {
        var emptied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relative in relativePaths)
        {
            if (relative == OutputMarker.FileName) continue;
            var file = Path.Combine(root, relative);
            File.Delete(file);
            emptied.Add(Path.GetDirectoryName(file)!);
        }
        foreach (var folder in emptied.OrderByDescending(f => f.Length))
            for (var dir = folder; dir.Length > root.Length && Directory.Exists(dir)
                 && !Directory.EnumerateFileSystemEntries(dir).Any(); dir = Path.GetDirectoryName(dir)!)
                Directory.Delete(dir);
    }
}
