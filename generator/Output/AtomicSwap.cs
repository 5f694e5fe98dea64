using System.Runtime.InteropServices;

namespace SdgArchive.Output;

/// <summary>
/// Exchanges two folders in one step (Linux <c>renameat2(RENAME_EXCHANGE)</c>): at every moment the output path names
/// either the old site or the new one. Two plain renames leave an instant, or after a crash a state, with no site at
/// all, and the preview server answered 404/500 in that gap.
/// </summary>
public static class AtomicSwap
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    /// <summary>Swaps <paramref name="a"/> and <paramref name="b"/> (both exist); false where the system cannot.</summary>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return false; // a C library without renameat2 (glibc before 2.28, musl before 1.2.4)
        }
    }

    // DllImport rather than LibraryImport: the generated marshaller needs unsafe code, which the project does not allow.
    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newDirectory,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
}
