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
    private readonly ConcurrentDictionary<string, ReadResult> _files = new(StringComparer.Ordinal);
    private readonly string _root = Path.GetFullPath(sourceFolder);
    private readonly string _prefix = sourceFolder.TrimEnd('/', '\\');

    public int Count => _files.Count;

    /// <summary>Reads every file of the folder (the first build, or when the watcher lost track).</summary>
    public void ReadAll()
    {
        _files.Clear();
        if (!Directory.Exists(_root)) return;
        Parallel.ForEach(ArchiveReader.DocumentFiles(_root), Reread);
    }

    /// <summary>Re-reads one file given by its full path: read again when it exists, forgotten when it is gone.</summary>
    public void Update(string fullPath)
    {
        if (DocumentPath(fullPath) is { } relative) Reread(relative);
    }

    /// <summary>The documents with unique slugs and everything reading them reported, in the form the build takes.</summary>
    public ReadArchive Snapshot()
    {
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(_root))
            diagnostics.Report(new(_prefix, 0, 0), Severity.Error, DiagnosticCodes.UnreadableFile, "source folder does not exist");
        var results = _files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Value);
        var documents = ArchiveReader.Finish(results, diagnostics, _prefix);
        return new ReadArchive(documents, diagnostics.Sorted());
    }

    /// <summary>What reading <paramref name="relative"/> gave the last time (null when the store does not have the file).</summary>
    public ReadResult? Get(string relative) => _files.TryGetValue(relative, out var result) ? result : null;

    /// <summary>The path of <paramref name="fullPath"/> as documents and diagnostics name it, or null when it is no document of this folder.</summary>
    public string? DocumentPath(string fullPath) => ArchiveReader.DocumentPathUnder(_root, fullPath);

    /// <summary>The prefix a full read puts before a document's path in diagnostics (the source folder as given).</summary>
    public string Prefix => _prefix;

    private void Reread(string relative)
    {
        if (!File.Exists(Path.Combine(_root, relative))) { _files.TryRemove(relative, out _); return; }
        // Mid-save or deleted meanwhile gives a warning; the watcher reports the next change.
        _files[relative] = ArchiveReader.ReadFile(_root, relative);
    }
}
