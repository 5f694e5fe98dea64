using System.Globalization;
using SdgArchive.Diagnostics;
using SdgArchive.Model;

namespace SdgArchive.Reading;

/// <summary>
/// Reads every document under a source folder (in parallel), then gives each a unique slug in source-path order so
/// the result does not depend on thread timing.
/// </summary>
public static class ArchiveReader
{
    private static readonly HashSet<string> SkippedNames = new(StringComparer.OrdinalIgnoreCase) { "README.md", ".DS_Store" };

    /// <param name="cache">What files gave before, kept by the build (documents come without their raw body).</param>
    public static IReadOnlyList<ArchiveDocument> ReadFolder(string sourceFolder, DiagnosticBag diagnostics,
        string? displayRoot = null, ReadCache? cache = null)
    {
        var root = Path.GetFullPath(sourceFolder);
        if (!Directory.Exists(root))
        {
            diagnostics.Report(new(sourceFolder, 0, 0), Severity.Error, DiagnosticCodes.UnreadableFile, "source folder does not exist");
            return [];
        }
        var prefix = displayRoot ?? sourceFolder.TrimEnd('/', '\\');
        var problems = new List<Diagnostic>();
        var files = DocumentFiles(root, problems, prefix);
        diagnostics.AddRange(problems);

        var results = new ReadResult[files.Length];
        Parallel.For(0, files.Length, i => results[i] = cache?.Read(root, files[i]) ?? ReadFile(root, files[i]));
        return Finish(results, diagnostics, prefix);
    }

    /// <summary>
    /// The documents of a source folder, as paths relative to it (forward slashes, in ordinal order): every file inside
    /// it (links leading out of it are not followed, see <see cref="Security.SourceBoundary"/>) except hidden ones, files
    /// in hidden folders and the folder's own notes. The build, serve and the no-change check all read the same set.
    /// </summary>
    public static string[] DocumentFiles(string root, ICollection<Diagnostic>? problems = null, string displayRoot = "") =>
        Security.SourceBoundary.Files(root, problems, displayRoot).Where(IsDocumentPath).ToArray();

    /// <summary>
    /// Whether a path relative to the source folder names a document (see <see cref="DocumentFiles"/>): the one rule the
    /// build, serve's watcher and store, and the no-change check share. Any name is a document (archives hold
    /// <c>.md</c>, <c>.txt</c> and names without an extension) except hidden files and folders, the folder's notes,
    /// editor leftovers (<c>x.txt~</c>, <c>#x#</c>, <c>.swp</c>, <c>.bak</c>) and the files documents show or link to
    /// (images, office files, archives), which were read as binary documents and warned about before.
    /// </summary>
    public static bool IsDocumentPath(string relative)
    {
        var parts = relative.Split('/');
        var name = parts[^1];
        return !SkippedNames.Contains(name) && parts.All(part => !part.StartsWith('.'))
            && !name.EndsWith('~') && !(name.StartsWith('#') && name.EndsWith('#'))
            && !NotDocumentExtensions.Contains(Path.GetExtension(name));
    }

    /// <summary>
    /// The path of <paramref name="fullPath"/> relative to <paramref name="root"/> as documents name it (forward slashes),
    /// or null when it lies outside the folder or is no document (<see cref="IsDocumentPath"/>).
    /// </summary>
    public static string? DocumentPathUnder(string root, string fullPath)
    {
        var relative = Path.GetRelativePath(root, fullPath).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) || !IsDocumentPath(relative) ? null : relative;
    }

    /// <summary>Extensions of files that sit beside documents without being documents.</summary>
    private static readonly HashSet<string> NotDocumentExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg", ".bmp", ".tif", ".tiff", ".ico", ".heic",
        ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".csv", ".json",
        ".zip", ".gz", ".tar", ".7z", ".mp3", ".mp4", ".wav", ".ogg", ".m4a", ".webm", ".mov",
        ".swp", ".swo", ".bak", ".tmp", ".orig", ".rej",
    };

    /// <summary>Reads one file (path relative to <paramref name="root"/>); a file that cannot be read becomes a diagnostic, never an exception.</summary>
    /// <param name="read">The file's bytes when the caller has them already (the read cache hashed them).</param>
    public static ReadResult ReadFile(string root, string relative, byte[]? read = null)
    {
        // A file that is not read at all is reported at its start (1,1): the problem is the whole file.
        try
        {
            var path = Path.Combine(root, relative);
            var limits = Security.InputLimits.Default;
            var size = read?.Length ?? new FileInfo(path).Length;
            // Refused before a byte is read: a 200 MB document was warned about, then read and parsed with 3 GB.
            if (size > limits.MaxReadBytes)
                return new ReadResult(null, [new(new(relative, 1, 1), Severity.Warning, DiagnosticCodes.LargeDocument, string.Create(CultureInfo.InvariantCulture,
                    $"document is {size / 1048576.0:0} MB, over the {limits.MaxReadBytes / 1048576} MB that are read at all: it has no page"))]);
            var problems = new List<Diagnostic>();
            var bytes = Security.TagBudget.Limit(WideEncodings.ToUtf8(read ?? File.ReadAllBytes(path)), limits, relative,
                problems);
            var result = DocumentReader.Read(relative, bytes);
            return problems.Count == 0 ? result : result with { Diagnostics = [.. problems, .. result.Diagnostics] };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ReadResult(null, [new(new(relative, 1, 1), Severity.Warning, DiagnosticCodes.UnreadableFile, $"file could not be read: {ex.Message}")]);
        }
        catch (Exception ex)
        {
            // A reader bug must not take the other documents down with it (a warning: --strict fails, the rest is built).
            return new ReadResult(null, [new(new(relative, 1, 1), Severity.Warning, DiagnosticCodes.DocumentFailed,
                $"this document could not be read ({ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}); it has no page")]);
        }
    }

    /// <summary>
    /// What turns the files read (in source-path order) into the archive: their diagnostics under <paramref name="prefix"/>,
    /// unique slugs, and the checks that span documents. A full read and serve's store both end here.
    /// </summary>
    public static IReadOnlyList<ArchiveDocument> Finish(IEnumerable<ReadResult> results, DiagnosticBag diagnostics, string prefix)
    {
        var list = results.ToList();
        foreach (var result in list)
            diagnostics.AddRange(result.Diagnostics.Select(d => d with { Span = d.Span with { Path = JoinPath(prefix, d.Span.Path) } }));
        var documents = AssignUniqueSlugs(list.Select(r => r.Document).OfType<ArchiveDocument>(), diagnostics, prefix);
        ReportPlacesThatAreNotCountries(documents, diagnostics, prefix);
        TermSlugCollisions.Report(documents, diagnostics, prefix);
        return documents;
    }

    /// <summary>
    /// One file read again, finished as <see cref="Finish"/> finishes it, except for the slug (which depends on the other
    /// documents): its diagnostics under <paramref name="prefix"/> (serve, after an edit).
    /// </summary>
    public static (ArchiveDocument? Document, IReadOnlyList<Diagnostic> Diagnostics) FinishOne(ReadResult result, string prefix)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(result.Diagnostics.Select(d => d with { Span = d.Span with { Path = JoinPath(prefix, d.Span.Path) } }));
        return (result.Document, diagnostics.Sorted());
    }

    public static IReadOnlyList<ArchiveDocument> AssignUniqueSlugs(IEnumerable<ArchiveDocument> documents, DiagnosticBag diagnostics, string prefix = "")
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        // Where each address's search for a free suffix stopped: every suffix below it is taken (nothing is ever
        // freed), so the next document with that address starts there. Trying from 2 each time was quadratic: one title
        // shared by 1,371 documents of the held-out corpus made ~940,000 candidate addresses.
        var nextSuffix = new Dictionary<string, int>(StringComparer.Ordinal);
        var unique = new List<ArchiveDocument>();
        foreach (var document in documents.OrderBy(d => d.SourcePath, StringComparer.Ordinal))
        {
            var slug = document.Slug;
            if (!taken.Add(slug))
            {
                var n = nextSuffix.GetValueOrDefault(document.Slug, 2);
                while (!taken.Add(slug = $"{document.Slug}-{n}")) n++;
                nextSuffix[document.Slug] = n + 1;
            }
            if (slug != document.Slug)
                diagnostics.Report(new(JoinPath(prefix, document.SourcePath), Math.Max(1, document.Title.Line), Math.Max(1, document.Title.Column)), Severity.Info, DiagnosticCodes.SlugCollision,
                    $"another document already uses the address \"{document.Slug}\"; this one is published as \"{slug}\"");
            unique.Add(slug == document.Slug ? document : document with { Slug = slug });
        }
        return unique;
    }

    private static void ReportPlacesThatAreNotCountries(IReadOnlyList<ArchiveDocument> documents, DiagnosticBag diagnostics, string prefix)
    {
        var names = documents.SelectMany(d => d.Places).Where(p => p.Country is null).Select(p => p.Name)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (names.Count > 0)
            diagnostics.Report(new(prefix, 0, 0), Severity.Info, DiagnosticCodes.NotACountry,
                $"{names.Count} places are not countries and are kept as written: {string.Join(", ", names)}");
    }

    /// <summary>A document's path as diagnostics name it: under the source folder as the user gave it.</summary>
    public static string JoinPath(string prefix, string path) => prefix.Length == 0 || path.Length == 0 ? path : $"{prefix}/{path}";
}
