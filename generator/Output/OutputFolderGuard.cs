using SdgArchive.Security;

namespace SdgArchive.Output;

/// <summary>
/// Decides, before anything is written, whether a folder may be the build's output. The build replaces the output
/// folder whole and a later build deletes the replaced one, so <c>--out seeds</c> once moved the documents aside and the
/// next build deleted them, and <c>--out .</c> did the same to the checkout with its <c>.git</c>. Paths are compared
/// with links resolved, so a link to the source folder is the source folder.
/// </summary>
public static class OutputFolderGuard
{
    /// <summary>Throws <see cref="OutputRefusedException"/> when <paramref name="output"/> may not be written.</summary>
    /// <param name="inputs">The folders the build reads, by the option that names them (<c>--source</c> → seeds).</param>
    /// <param name="projectRoot">The checkout (where package.json is); never an output.</param>
    public static void Check(string output, IReadOnlyDictionary<string, string> inputs, string? projectRoot)
    {
        var real = RealPath.Of(output);
        if (File.Exists(real))
            throw new OutputRefusedException(output, "is a file, not a folder; --out names the folder the site is written to");
        if (Path.GetPathRoot(real) == real)
            throw new OutputRefusedException(output, "is the root of the file system; choose a folder of its own (--out public)");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0 && real == RealPath.Of(home))
            throw new OutputRefusedException(output, "is the home folder; choose a folder of its own (--out public)");
        if (projectRoot is not null && RealPath.IsSameOrInside(RealPath.Of(projectRoot), real))
            throw new OutputRefusedException(output, $"is or contains the project folder {projectRoot}; choose a folder of its own (--out public)");

        foreach (var (option, folder) in inputs)
        {
            var input = RealPath.Of(folder);
            if (RealPath.IsSameOrInside(input, real))
                throw new OutputRefusedException(output, real == input
                    ? $"is the {option} folder; the build replaces its output, so the output must be a folder of its own"
                    : $"contains the {option} folder {folder}; the build replaces its output, so it would delete it");
            if (RealPath.IsSameOrInside(real, input))
                throw new OutputRefusedException(output, $"is inside the {option} folder {folder}; the next build would read the site back as input");
        }

        if (!OutputMarker.MayReplace(real))
            throw new OutputRefusedException(output, $"holds files this build did not make (no {OutputMarker.FileName} marker), " +
                "and the build replaces its output folder whole; empty it or choose another folder");
    }

    /// <summary>
    /// The folder to write when <paramref name="output"/> is a link (<c>public -> /var/www/site</c>): its target, so
    /// the link stays as the user made it. Before, the swap put a real folder in the link's place and parked the link
    /// where the next build deleted it.
    /// </summary>
    public static string Resolve(string output)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        return full.Length > 0 && new FileInfo(full).LinkTarget is not null ? RealPath.Of(full) : output;
    }

    /// <summary>
    /// Makes the missing folders above the output (<c>--out /tmp/new/public</c>), as Hugo does: folders the build
    /// makes, so it never removes them. Throws <see cref="OutputRefusedException"/> when a file is in the way.
    /// </summary>
    public static void MakeParent(string output)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar));
        if (parent is null || Directory.Exists(parent)) return;
        for (var above = parent; above is not null; above = Path.GetDirectoryName(above))
        {
            if (Directory.Exists(above)) break;
            if (File.Exists(above))
                throw new OutputRefusedException(output, $"{above} is a file, so no folder can be made inside it");
        }
        Directory.CreateDirectory(parent);
    }
}
