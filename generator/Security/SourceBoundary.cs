using System.Text;
using SdgArchive.Diagnostics;

namespace SdgArchive.Security;

/// <summary>
/// The files below an input folder (source, templates, content), without leaving it: a symbolic link is followed only
/// when it resolves inside the folder, and a folder reached twice (<c>a -> .</c>) is read once. A committed
/// <c>seeds/notes.txt -> ../.git/config</c> published the file (in CI, with the checkout's token), and two links
/// <c>a -> .</c>, <c>b -> .</c> made the build run forever. What is left out is reported where it is.
/// </summary>
public static class SourceBoundary
{
    /// <summary>
    /// Paths relative to <paramref name="root"/> (forward slashes, ordinal order) of the files inside it, hidden
    /// files and folders (a name starting with a dot) left out unless <paramref name="includeHidden"/>. Links leading
    /// out and loops go to <paramref name="problems"/>, named under <paramref name="displayRoot"/>.
    /// </summary>
    public static string[] Files(string root, ICollection<Diagnostic>? problems = null, string displayRoot = "", bool includeHidden = false)
    {
        var rootReal = RealPath.Of(root);
        var files = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { rootReal };
        var pending = new Stack<(string Path, string Relative)>();
        pending.Push((Path.GetFullPath(root), ""));
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0, RecurseSubdirectories = false };
        while (pending.Count > 0)
        {
            var (folder, prefix) = pending.Pop();
            string Relative(string name) => prefix.Length == 0 ? name : $"{prefix}/{name}";
            IReadOnlyList<byte[]>? undecodable = null;
            // In name order, so which of two names for one folder is read (and which is reported) never varies.
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options).OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                if (entry.Name.Contains('\uFFFD') && (undecodable ??= RawFileNames.NotUtf8In(folder)).Count > 0)
                {
                    // Reported once per folder below, by the names' bytes; .NET cannot open them by the decoded name.
                    if (undecodable.Any(raw => RawFileNames.AsDecoded(raw) == entry.Name)) continue;
                }
                if (entry.Name.StartsWith("..", StringComparison.Ordinal))
                {
                    problems?.Add(Problem(displayRoot, Relative(entry.Name), DiagnosticCodes.FileNameRefused,
                        "a name starting with \"..\" reads as the parent folder to other tools (and is hidden): not read; rename it"));
                    continue;
                }
                if (!includeHidden && entry.Name.StartsWith('.')) continue;
                var relative = Relative(entry.Name);
                var isDirectory = entry is DirectoryInfo;
                // The link flag comes with the listing: asking every file for a link target was a system call each.
                var isLink = entry.Attributes.HasFlag(FileAttributes.ReparsePoint);
                if (isLink && entry.LinkTarget is { } target)
                {
                    var real = RealPath.Of(entry.FullName);
                    if (!RealPath.IsSameOrInside(real, rootReal))
                    {
                        problems?.Add(Problem(displayRoot, relative, DiagnosticCodes.LinkOutside,
                            $"is a link to \"{target}\", outside the folder: not read (copy the file in if it belongs here)"));
                        continue;
                    }
                    if (!Directory.Exists(real) && !File.Exists(real))
                    {
                        problems?.Add(Problem(displayRoot, relative, DiagnosticCodes.UnreadableFile, $"is a link to \"{target}\", which does not exist"));
                        continue;
                    }
                    isDirectory = Directory.Exists(real);
                    if (isDirectory && !visited.Add(real))
                    {
                        problems?.Add(Problem(displayRoot, relative, DiagnosticCodes.FolderLoop,
                            $"is a link to \"{target}\", a folder read already (a loop): not read again"));
                        continue;
                    }
                }
                if (isDirectory && !isLink && !visited.Add(RealPath.Of(entry.FullName))) continue;
                if (isDirectory) pending.Push((entry.FullName, relative));
                else files.Add(relative);
            }
            foreach (var raw in undecodable ?? [])
                problems?.Add(Problem(displayRoot, Relative(RawFileNames.Escaped(raw)), DiagnosticCodes.FileNameRefused,
                    $"the name is not UTF-8 (bytes {RawFileNames.Hex(raw)}; read as Latin-1 it would be "
                    + $"\"{Encoding.Latin1.GetString(raw)}\"): not read; rename it"));
        }
        files.Sort(StringComparer.Ordinal);
        return [.. files];
    }

    private static Diagnostic Problem(string displayRoot, string relative, string code, string message) =>
        new(new(displayRoot.Length == 0 ? relative : $"{displayRoot}/{relative}", 0, 0), Severity.Warning, code, message);
}
