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
