namespace SdgArchive.Caching;

/// <summary>
/// How a build knows an output file is still the one it wrote: its length, its modification time and its content
/// hash. Length alone let a page edited by hand in the output (same length, other words) survive every incremental
/// build. Checking the time first keeps a no-change build from reading every file: only a file whose time moved (an
/// edit, or a copy where a hard link failed) is hashed and compared.
/// </summary>
public sealed record OutputStamp(long Length, long Modified, string Hash)
{
    public static OutputStamp Of(string fullPath)
    {
        var info = new FileInfo(fullPath);
        return new(info.Length, info.LastWriteTimeUtc.Ticks, HashOf(fullPath));
    }

    /// <summary>
    /// True when <paramref name="fullPath"/> has the recorded length and either the recorded time or, its time moved,
    /// the recorded content. A record without a hash (<paramref name="hash"/> empty) is checked by its length only.
    /// </summary>
    public static bool Unchanged(string fullPath, long length, long modified, string hash)
    {
        var info = new FileInfo(fullPath);
        if (!info.Exists || info.Length != length) return false;
        if (hash.Length == 0 || info.LastWriteTimeUtc.Ticks == modified) return true;
        return HashOf(fullPath) == hash;
    }

    private static string HashOf(string fullPath)
    {
        using var stream = File.OpenRead(fullPath);
        return ContentHash.Of(stream);
    }
}
