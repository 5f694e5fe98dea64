namespace SdgArchive.Caching;

/// <summary>
/// Writes a file of the cache whole or not at all: into a temporary file beside it (<c>{name}.{guid}.tmp</c>), then
/// renamed over it, so a build running at the same time, or one cut short, never reads half a file, and a link planted
/// at the name is replaced, not written through. The build state (<see cref="BuildCache.Save"/>), every store entry
/// (<see cref="StoreKind.Write"/>), the image mirror's downloads and their index (<c>mirror/</c>) and every file
/// written into the live output folder in place (serve's, <see cref="Output.StagingFolder.InPlace"/>) are saved
/// through it.
/// </summary>
public static class AtomicFile
{
    /// <summary>How a temporary file's name ends (a pruning sweep deletes the ones a crashed build left).</summary>
    public const string TemporarySuffix = ".tmp";

    /// <summary>
    /// Writes <paramref name="path"/> with what <paramref name="write"/> puts in the stream; on failure the temporary
    /// file is removed and the error thrown, and the file at <paramref name="path"/> is as it was.
    /// </summary>
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var temporary = Temporary(path);
        try
        {
            // open + pwrite + close: a FileStream adds a lock, a status call and a buffer copy per file (~30 % of the
            // time a cold build at 10,000 documents spent storing its 30,000 cache entries).
            using (var handle = File.OpenHandle(temporary, FileMode.CreateNew, FileAccess.Write,
                       FileShare.ReadWrite | FileShare.Delete))
                RandomAccess.Write(handle, bytes, 0);
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            Forget(temporary);
            throw;
        }
    }

    public static void Write(string path, Action<Stream> write)
    {
        var temporary = Temporary(path);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write)) write(stream);
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            Forget(temporary);
            throw;
        }
    }

    /// <summary>
    /// Whether creating a file failed because its folder was missing. The runtime reports a missing folder as
    /// <see cref="FileNotFoundException"/> when another thread made the folder between the failed open and its check:
    /// a cold build's parallel readers lost one of five read-cache packs that way, one build in ten (the seeds).
    /// </summary>
    public static bool FolderWasMissing(IOException ex) => ex is DirectoryNotFoundException or FileNotFoundException;

    private static string Temporary(string path) => $"{path}.{Guid.NewGuid():N}{TemporarySuffix}";

    private static void Forget(string temporary)
    {
        try { File.Delete(temporary); }
        catch (Exception again) when (again is IOException or UnauthorizedAccessException) { }
    }
}
