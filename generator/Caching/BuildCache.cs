using System.Security.Cryptography;
using System.Text;

namespace SdgArchive.Caching;

/// <summary>
/// The persistent build cache in <c>.sdg-cache/</c>: for every output file, the key of everything it was
/// made from (content hashes of its inputs) and its length. A build asks <see cref="IsUpToDate"/> before
/// rendering a page and skips it when the key is unchanged and the file is still there, so a no-change
/// rebuild writes nothing and its output stays byte-identical to the cold build's.
/// The <see cref="Fingerprint"/> (generator version, settings, templates) invalidates everything at once.
/// </summary>
public sealed class BuildCache
{
    public const string FolderName = ".sdg-cache";
    private const string ManifestName = "outputs.tsv";
    private const string FormatLine = "sdg-archive build cache v1";

    private readonly string? _folder;
    private readonly Dictionary<string, Entry> _previous;
    private readonly Dictionary<string, Entry> _current = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    private readonly record struct Entry(string Key, long Length);

    private BuildCache(string? folder, string fingerprint, Dictionary<string, Entry> previous)
    {
        _folder = folder;
        Fingerprint = fingerprint;
        _previous = previous;
    }

    public string Fingerprint { get; }
    public bool Enabled => _folder is not null;
    /// <summary>How many outputs were found up to date (for progress and benchmark output).</summary>
    public int Hits { get; private set; }

    /// <summary>A cache that remembers nothing (<c>--no-cache</c>): every output is rebuilt.</summary>
    public static BuildCache Disabled(string fingerprint = "") => new(null, fingerprint, new(StringComparer.Ordinal));

    /// <summary>Opens the cache under <paramref name="projectRoot"/>; a different fingerprint or an unreadable manifest starts empty.</summary>
    public static BuildCache Open(string projectRoot, string fingerprint, bool enabled = true)
    {
        if (!enabled) return Disabled(fingerprint);
        var folder = Path.Combine(projectRoot, FolderName);
        var previous = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var manifest = Path.Combine(folder, ManifestName);
        try
        {
            if (File.Exists(manifest))
            {
                using var reader = new StreamReader(manifest, Encoding.UTF8);
                if (reader.ReadLine() == FormatLine && reader.ReadLine() == fingerprint)
                {
                    while (reader.ReadLine() is { } line)
                    {
                        var parts = line.Split('\t');
                        if (parts.Length == 3 && long.TryParse(parts[2], out var length)) previous[parts[0]] = new Entry(parts[1], length);
                    }
                }
            }
        }
        catch (IOException) { previous.Clear(); }
        return new BuildCache(folder, fingerprint, previous);
    }

    /// <summary>A stable key from the parts (hashes, versions, paths): SHA-256, hex.</summary>
    public static string Key(params IEnumerable<string> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(part));
            hash.AppendData([0]);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static string HashBytes(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// True when <paramref name="relativePath"/> was made from the same <paramref name="key"/> last time and
    /// is still in <paramref name="outputFolder"/> with the length it had; the output is then recorded as kept.
    /// </summary>
    public bool IsUpToDate(string outputFolder, string relativePath, string key)
    {
        if (!Enabled || !_previous.TryGetValue(relativePath, out var entry) || entry.Key != key) return false;
        var file = new FileInfo(Path.Combine(outputFolder, relativePath));
        if (!file.Exists || file.Length != entry.Length) return false;
        lock (_gate) { _current[relativePath] = entry; Hits++; }
        return true;
    }

    /// <summary>Records an output the build has just written.</summary>
    public void Record(string relativePath, string key, long length)
    {
        lock (_gate) _current[relativePath] = new Entry(key, length);
    }

    /// <summary>Outputs the previous build wrote that this build did not produce (a deleted document's pages): the build removes them.</summary>
    public IReadOnlyList<string> Orphans()
    {
        lock (_gate) return _previous.Keys.Where(k => !_current.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Writes the manifest of this build (temp file, then rename, so a crash never leaves half a manifest).</summary>
    public void Save()
    {
        if (_folder is null) return;
        Directory.CreateDirectory(_folder);
        var manifest = Path.Combine(_folder, ManifestName);
        var temp = manifest + ".tmp";
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)))
        {
            writer.Write(FormatLine + "\n" + Fingerprint + "\n");
            lock (_gate)
                foreach (var (path, entry) in _current.OrderBy(e => e.Key, StringComparer.Ordinal))
                    writer.Write($"{path}\t{entry.Key}\t{entry.Length}\n");
        }
        File.Move(temp, manifest, overwrite: true);
    }
}
