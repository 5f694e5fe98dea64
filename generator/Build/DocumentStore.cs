using System.Collections.Concurrent;
using SdgArchive.Diagnostics;
using SdgArchive.Model;
using SdgArchive.Reading;

namespace SdgArchive.Build;

/// <summary>
/// The documents of a source folder kept in memory between builds (serve): a change re-reads only the files
/// it names, then slugs are assigned again over the whole list, exactly as a full read would.
/// Reads the same files as <see cref="ArchiveReader.ReadFolder"/>.
/// </summary>
public sealed class DocumentStore(string sourceFolder)
{
    private static readonly HashSet<string> SkippedNames = new(StringComparer.OrdinalIgnoreCase) { "README.md", ".DS_Store" };
    private readonly ConcurrentDictionary<string, ReadResult> _files = new(StringComparer.Ordinal);
    private readonly string _root = Path.GetFullPath(sourceFolder);
    private readonly string _prefix = sourceFolder.TrimEnd('/', '\\');

    public int Count => _files.Count;

    /// <summary>Reads every file of the folder (the first build, or when the watcher lost track).</summary>
    public void ReadAll()
    {
        _files.Clear();
        if (!Directory.Exists(_root)) return;
        var files = Directory.EnumerateFiles(_root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true })
            .Where(IsDocumentFile).Select(Relative).ToList();
        Parallel.ForEach(files, Reread);
    }

    /// <summary>Re-reads one file given by its full path: read again when it exists, forgotten when it is gone.</summary>
    public void Update(string fullPath)
    {
        var relative = Relative(fullPath);
        if (relative.StartsWith("..", StringComparison.Ordinal) || !IsDocumentFile(fullPath)) return;
        Reread(relative);
    }

    /// <summary>The documents with unique slugs and everything reading them reported, in the form the build takes.</summary>
    public ReadArchive Snapshot()
    {
        var diagnostics = new DiagnosticBag();
        var results = _files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Value).ToList();
        foreach (var result in results)
            diagnostics.AddRange(result.Diagnostics.Select(d => d with { Span = d.Span with { Path = JoinPath(_prefix, d.Span.Path) } }));
        if (!Directory.Exists(_root))
            diagnostics.Report(new(_prefix, 0, 0), Severity.Error, DiagnosticCodes.UnreadableFile, "source folder does not exist");
        var documents = ArchiveReader.AssignUniqueSlugs(results.Select(r => r.Document).OfType<ArchiveDocument>(), diagnostics, _prefix);
        return new ReadArchive(documents, diagnostics.Sorted());
    }

    private void Reread(string relative)
    {
        var full = Path.Combine(_root, relative);
        if (!File.Exists(full)) { _files.TryRemove(relative, out _); return; }
        try
        {
            _files[relative] = DocumentReader.Read(relative, File.ReadAllBytes(full));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Mid-save or deleted meanwhile: the watcher reports the next change.
            _files[relative] = new ReadResult(null, [new(new(relative, 0, 0), Severity.Warning, DiagnosticCodes.UnreadableFile, $"file could not be read: {ex.Message}")]);
        }
        catch (Exception ex)
        {
            _files[relative] = new ReadResult(null, [new(new(relative, 0, 0), Severity.Error, DiagnosticCodes.Internal, $"internal error while reading: {ex.GetType().Name}: {ex.Message}")]);
        }
    }

    private string Relative(string full) => Path.GetRelativePath(_root, full).Replace('\\', '/');

    private bool IsDocumentFile(string full)
    {
        var name = Path.GetFileName(full);
        if (SkippedNames.Contains(name) || name.StartsWith('.')) return false;
        // Hidden folders below the root are skipped by the full read too.
        return !Relative(full).Split('/').SkipLast(1).Any(part => part.StartsWith('.'));
    }

    private static string JoinPath(string prefix, string path) => prefix.Length == 0 || path.Length == 0 ? path : $"{prefix}/{path}";
}
