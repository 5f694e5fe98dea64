using System.Runtime.InteropServices;

namespace SdgArchive.Caching;

/// <summary>
/// Reuses an unchanged output by hard-linking it from the folder being replaced: no bytes copied, and the old
/// folder can be deleted afterwards without touching the new one. Falls back to a copy (other file systems, Windows).
/// </summary>
public static class HardLink
{
    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int LinkNative([MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);

    private const int AlreadyExists = 17; // EEXIST

    private static bool _unavailable = !OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD();

    [DllImport("libc", EntryPoint = "lstat", SetLastError = true)]
    private static extern int LStatNative([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out FileStatus status);

    /// <summary>
    /// The start of <c>struct stat</c> (device, then inode, on x86-64 and arm64 alike), in room for all of it.
    /// </summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct FileStatus
    {
        [FieldOffset(0)] public ulong Device;
        [FieldOffset(8)] public ulong Inode;
    }

    private static bool _noStatus = !OperatingSystem.IsLinux();

    /// <summary>
    /// Whether both paths name one file (hard links of one inode; a symbolic link is never followed). False when
    /// either is missing or the system cannot tell, which only costs a needless link.
    /// </summary>
    public static bool SameFile(string a, string b)
    {
        if (_noStatus) return false;
        try
        {
            return LStatNative(a, out var first) == 0 && LStatNative(b, out var second) == 0
                && first.Device == second.Device && first.Inode == second.Inode;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            _noStatus = true;
            return false;
        }
    }

    /// <summary>Makes <paramref name="target"/> the same file as <paramref name="existing"/> (or a copy of it).</summary>
    public static void LinkOrCopy(string existing, string target)
    {
        if (!_unavailable)
        {
            try
            {
                if (LinkNative(existing, target) == 0) return;
                if (Marshal.GetLastPInvokeError() == AlreadyExists) return; // another page brought the same file first
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                _unavailable = true;
            }
        }
        File.Copy(existing, target, overwrite: true);
    }
}
