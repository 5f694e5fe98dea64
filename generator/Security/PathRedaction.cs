using System.Text.RegularExpressions;

namespace SdgArchive.Security;

/// <summary>
/// Diagnostics as the preview server shows them to a web page: without the machine's absolute paths (a page on another
/// site could read <c>diagnostics.json</c> through DNS rebinding and learn the user name and folder layout). Paths
/// below the project folder become relative; any other absolute path on disk keeps only its file name.
/// </summary>
public static partial class PathRedaction
{
    public static string Redact(string text, string root)
    {
        if (text.Length == 0 || !text.Contains('/')) return text;
        var prefix = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + "/";
        var relative = text.Replace(prefix, "", StringComparison.Ordinal);
        return AbsolutePath().Replace(relative, m =>
            File.Exists(m.Value) || Directory.Exists(m.Value) || Directory.Exists(Path.GetDirectoryName(m.Value))
                ? Path.GetFileName(m.Value.TrimEnd('/')) : m.Value);
    }

    // "/a/b/c" not preceded by a word character, a dot or a colon (so "http://host/x" and "./x" stay).
    [GeneratedRegex(@"(?<![\w.:/])/(?:[^\s'""()<>:/]+/)+[^\s'""()<>:/]*")]
    private static partial Regex AbsolutePath();
}
