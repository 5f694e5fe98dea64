namespace SdgArchive.Security;

/// <summary>
/// A path with every symbolic link along it resolved (what <c>realpath</c> gives), so that two names for one folder
/// compare equal: <c>--out</c> given as a link to the source folder is still the source folder. Parts that do not exist
/// yet are kept as written.
/// </summary>
public static class RealPath
{
    /// <summary>More links than this along one path is a loop (Linux gives up at 40 as well: ELOOP).</summary>
    private const int MaxLinks = 40;

    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var parts = new Queue<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        var current = root;
        var links = 0;
        while (parts.Count > 0)
        {
            var next = Path.Combine(current, parts.Dequeue());
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } target && links++ < MaxLinks)
            {
                // Resolve the link relative to its folder, then walk the rest of the path from there.
                var resolved = Path.GetFullPath(target, current);
                var rest = parts.ToList();
                parts = new Queue<string>(resolved[Path.GetPathRoot(resolved)!.Length..]
                    .Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(rest));
                current = Path.GetPathRoot(resolved)!;
                continue;
            }
            current = next;
        }
        return current;
    }

    /// <summary>Whether <paramref name="inner"/> is <paramref name="outer"/> or lies below it (both already resolved).</summary>
    public static bool IsSameOrInside(string inner, string outer)
    {
        if (string.Equals(inner, outer, StringComparison.Ordinal)) return true;
        var prefix = outer.EndsWith(Path.DirectorySeparatorChar) ? outer : outer + Path.DirectorySeparatorChar;
        return inner.StartsWith(prefix, StringComparison.Ordinal);
    }
}
