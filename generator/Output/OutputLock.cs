using System.Diagnostics;

namespace SdgArchive.Output;

/// <summary>
/// One build at a time per output folder. Two concurrent builds into one folder shared one staging folder: one run
/// exited 0 having published 47 of 1,603 files. The lock is an exclusive <c>flock</c> on a file beside the output
/// (.NET takes one for <see cref="FileShare.None"/> on Linux), so the kernel releases it when the holder dies, even by
/// <c>kill -9</c>: a stale lock file never blocks the next build. The file is left in place: deleting it would let a
/// waiter lock a file that a third build has already replaced.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly FileStream _stream;

    private OutputLock(FileStream stream) => _stream = stream;

    public static string PathFor(string output)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + ".lock");
    }

    /// <summary>
    /// Takes the lock, waiting up to <paramref name="wait"/> for another build to finish (saying so once through
    /// <paramref name="waiting"/>); throws <see cref="OutputRefusedException"/> when it is still held after that.
    /// </summary>
    public static OutputLock Acquire(string output, TimeSpan wait, Action<string>? waiting = null)
    {
        var path = PathFor(output);
        var clock = Stopwatch.StartNew();
        var told = false;
        while (true)
        {
            try
            {
                // Empty: another process cannot read it anyway (.NET takes a shared flock to read, which the lock refuses).
                return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (File.Exists(path) && clock.Elapsed < wait)
            {
                if (!told) waiting?.Invoke($"waiting for another build to finish writing {output}");
                told = true;
                Thread.Sleep(200);
            }
            catch (IOException) when (File.Exists(path))
            {
                throw new OutputRefusedException(output, $"another build is writing this folder (lock {path}); " +
                    "try again when it has finished");
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
