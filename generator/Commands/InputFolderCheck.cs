using SdgArchive.Diagnostics;

namespace SdgArchive.Commands;

/// <summary>
/// The folders a command reads must exist and be folders, checked before anything is built: before, a mistyped
/// <c>--templates</c> failed late as "SDG099 could not write the site", a file given as <c>--source</c> was reported
/// as a folder that does not exist, and a mistyped <c>--content</c> built a site without its about page.
/// </summary>
public static class InputFolderCheck
{
    /// <summary>
    /// One <c>path: error SDG103: …</c> line per folder that is missing or a file (none when all are).
    /// </summary>
    /// <param name="folders">The folders by the option that names them (<c>--source</c> → seeds).</param>
    public static IReadOnlyList<string> Problems(IReadOnlyDictionary<string, string> folders) =>
        folders.Select(pair => Problem(pair.Key, pair.Value)).OfType<string>().ToList();

    private static string? Problem(string option, string folder)
    {
        if (Directory.Exists(folder)) return null;
        var reason = File.Exists(folder) ? $"is a file; {option} names a folder"
            : $"does not exist ({option}{RelativeTo(folder)})";
        return CommandFailure.Error(folder, DiagnosticCodes.InputFolderMissing, reason);
    }

    /// <summary>A relative path is read from the working folder: say which, since it is the usual cause.</summary>
    private static string RelativeTo(string folder) =>
        Path.IsPathRooted(folder) ? "" : $", relative to {Directory.GetCurrentDirectory()}";
}
