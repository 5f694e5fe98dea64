using System.Runtime.InteropServices;
using System.Text;

namespace SdgArchive.Security;

/// <summary>
/// File names as the disk holds them, bytes and all. .NET decodes names as UTF-8 and turns bytes that are not UTF-8
/// into U+FFFD, after which the file cannot be opened by that name (a Latin-1 <c>caf\xE9.txt</c> was "could not find
/// file 'caf�.txt'"). To say which file is meant, its real bytes are read back from the folder with <c>readdir</c>.
/// </summary>
public static class RawFileNames
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>The names in <paramref name="folder"/> that are not valid UTF-8, as bytes, in byte order.</summary>
    public static IReadOnlyList<byte[]> NotUtf8In(string folder)
    {
        var names = new List<byte[]>();
        var directory = OpenDirectory([.. Encoding.UTF8.GetBytes(folder), 0]);
        if (directory == IntPtr.Zero) return names;
        try
        {
            for (var entry = ReadDirectory(directory); entry != IntPtr.Zero; entry = ReadDirectory(directory))
            {
                var name = NameOf(entry);
                if (!IsUtf8(name)) names.Add(name);
            }
        }
        finally
        {
            CloseDirectory(directory);
        }
        names.Sort((a, b) => a.AsSpan().SequenceCompareTo(b));
        return names;
    }

    /// <summary>How .NET shows the name (invalid bytes as U+FFFD): the name an enumeration gave for it.</summary>
    public static string AsDecoded(byte[] name) => Encoding.UTF8.GetString(name);

    /// <summary>The name with each byte that is not ASCII printable written <c>\xHH</c>: <c>caf\xE9.txt</c>.</summary>
    public static string Escaped(byte[] name) =>
        string.Concat(name.Select(b => b is >= 0x20 and < 0x7F and not (byte)'\\' ? ((char)b).ToString() : $"\\x{b:X2}"));

    public static string Hex(byte[] name) => string.Join(' ', name.Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));

    private static bool IsUtf8(byte[] name)
    {
        try { StrictUtf8.GetCharCount(name); return true; }
        catch (DecoderFallbackException) { return false; }
    }

    /// <summary>
    /// <c>d_name</c> of a glibc <c>struct dirent</c> on 64-bit Linux: after <c>d_ino</c> (8 bytes), <c>d_off</c> (8),
    /// <c>d_reclen</c> (2) and <c>d_type</c> (1), a NUL-terminated name.
    /// </summary>
    private static byte[] NameOf(IntPtr entry)
    {
        const int nameOffset = 19;
        var bytes = new List<byte>(64);
        for (var i = 0; i < 256; i++)
        {
            var b = Marshal.ReadByte(entry, nameOffset + i);
            if (b == 0) break;
            bytes.Add(b);
        }
        return [.. bytes];
    }

    // DllImport rather than LibraryImport: the generated marshaller needs unsafe code, which the project does not allow.
    [DllImport("libc", EntryPoint = "opendir", SetLastError = true)]
    private static extern IntPtr OpenDirectory(byte[] path);

    [DllImport("libc", EntryPoint = "readdir", SetLastError = true)]
    private static extern IntPtr ReadDirectory(IntPtr directory);

    [DllImport("libc", EntryPoint = "closedir", SetLastError = true)]
    private static extern int CloseDirectory(IntPtr directory);
}
