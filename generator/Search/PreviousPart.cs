using SdgArchive.Caching;

namespace SdgArchive.Search;

/// <summary>
/// The previous build's copy of a part, taken instead of indexing it again when it was made from the same key and is
/// still whole: pagefind's output is the same for the same records (two runs gave byte-identical folders), and a URL
/// keeps its part, so an edit of one document re-indexes one part (~1/5 of the work at 10,000 documents).
/// </summary>
internal static class PreviousPart
{
    /// <summary>Folders of pagefind's own in an index folder; the primary index's folder also holds the other
    /// indexes, which are not its own.</summary>
    private static readonly string[] OwnFolders = ["fragment", "index", "filter"];

    /// <summary>
    /// Links <paramref name="part"/>'s files from <paramref name="previousIndex"/> into <paramref name="target"/> when
    /// <paramref name="previousParts"/> lists it with the same key; returns what they list, or null (nothing left in
    /// <paramref name="target"/>) when the part must be indexed.
    /// </summary>
    public static OutputPart? TryLink(IndexPart part, string previousIndex,
        IReadOnlyDictionary<string, OutputPart> previousParts, string target)
    {
        var source = part.Folder == "" ? previousIndex : Path.Combine(previousIndex, part.Folder);
        if (!previousParts.TryGetValue(part.Folder, out var before) || before.Key != part.Key
            || !File.Exists(Path.Combine(source, "pagefind-entry.json"))) return null;
        Directory.CreateDirectory(target);
        var made = new List<string>();
        foreach (var entry in new DirectoryInfo(source).EnumerateFileSystemInfos())
        {
            var own = entry is DirectoryInfo ? part.Folder != "" || OwnFolders.Contains(entry.Name)
                : entry.Name != "languages.json";
            if (!own) continue;
            var into = Path.Combine(target, entry.Name);
            made.Add(into);
            if (LinkTree(entry, into)) continue;
            foreach (var path in made)
                if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
                else File.Delete(path);
            return null;
        }
        return before;
    }

    // A part's files are hard-linked from the previous index, not copied: nothing writes a file of the site in place
    // (the build replaces a name, pagefind writes folders of its own), and the copies' new inodes, ~9,600 of them at
    // 10,000 documents, were made while the replaced index's were being freed: on this machine's ext4 (no journal)
    // each new inode then skips every recently freed one. A one-edit build at 10,000 documents waited 12.5-15.2 s for
    // the search stage with copies and 2.9-7.3 s with links (paired, load 15-20; docs/benchmarks.md).
    // Anything but plain files and folders (a planted link) makes the part not whole: it is indexed again instead.
    private static bool LinkTree(FileSystemInfo source, string target)
    {
        if (source.LinkTarget is not null) return false;
        if (source is FileInfo)
        {
            HardLink.LinkOrCopy(source.FullName, target);
            return true;
        }
        Directory.CreateDirectory(target);
        return ((DirectoryInfo)source).EnumerateFileSystemInfos()
            .All(child => LinkTree(child, Path.Combine(target, child.Name)));
    }
}
