namespace SdgArchive.Caching;

/// <summary>
/// A build's or serve's claim on the content store: a shared <c>flock</c> on <c>{cache}/.store.lock</c> for as long as
/// it may read entries, and the exclusive one <see cref="ContentStore.Prune"/> needs to delete entries. The output lock
/// serialises builds into one folder, but a build into another folder, or serve, may share the cache: with their shared
/// lease held, a prune deletes nothing. .NET takes a shared <c>flock</c> for a read-only open that shares reading and
/// an exclusive one for <see cref="FileShare.None"/>; the kernel drops either when the process dies.
/// </summary>
public sealed class StoreLease : IDisposable
{
    public const string FileName = ".store.lock";
    private readonly FileStream _stream;

    private StoreLease(FileStream stream) => _stream = stream;

    /// <summary>
    /// Takes a shared lease on the store in <paramref name="cacheFolder"/>, waiting while a prune holds it (a sweep of
    /// 10,000 entries takes well under a second); null when the cache folder cannot be made (the build then runs
    /// without one and never prunes).
    /// </summary>
    public static StoreLease? Shared(string cacheFolder, TimeSpan wait)
    {
        var path = LockPath(cacheFolder);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                Directory.CreateDirectory(cacheFolder);
                new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite).Dispose();
                return new StoreLease(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            }
            catch (IOException) when (clock.Elapsed < wait && File.Exists(path))
            {
                Thread.Sleep(100);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }
    }

    /// <summary>The exclusive lease, or null at once when anyone else holds the store.</summary>
    public static StoreLease? TryExclusive(string cacheFolder)
    {
        try
        {
            return new StoreLease(new FileStream(LockPath(cacheFolder), FileMode.OpenOrCreate, FileAccess.ReadWrite,
                FileShare.None));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string LockPath(string cacheFolder) => Path.Combine(Path.GetFullPath(cacheFolder), FileName);

    public void Dispose() => _stream.Dispose();
}
