using System.Text;
using System.Text.Json;

namespace SdgArchive.Caching;

/// <summary>
/// The persistent build cache in <c>.sdg-cache/</c>: for every output file, the key of everything it was
/// made from (content hashes of its inputs), its length and what the build must redo without rendering it
/// (links to check, files it brought along, diagnostics it reported). A build asks <see cref="TryReuse"/>
/// before rendering a page and reuses the previous output when the key is unchanged and the file is still
/// there, so a no-change rebuild renders nothing and its output stays byte-identical to the cold build's.
/// The <see cref="Fingerprint"/> (generator version, settings, assets) invalidates everything at once.
/// The same file holds the <see cref="SiteRecord"/> of the last successful build (every input's hash, every file it
/// left): with nothing changed, a build replays it and does nothing. One file, one atomic save, one hash function
/// (SHA-256): the build's whole incremental state. One file per output folder, so <c>build</c> and <c>serve</c>
/// (different folders and options) do not evict each other.
/// </summary>
public sealed class BuildCache
{
    public const string FolderName = ".sdg-cache";
    private const string DefaultManifest = "outputs.json";
    private const string FormatName = "sdg-archive build state v7";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private readonly string? _manifest;
    /// <summary>The output folder described (full path), saved with the state so a prune can tell it is gone.</summary>
    private readonly string? _output;
    private readonly Dictionary<string, CachedOutput> _previous;
    private readonly Dictionary<string, CachedOutput> _current = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private int _hits;
    private readonly string? _previousFingerprint;
    private SiteRecord? _site;

    private BuildCache(string? manifest, string? previousFingerprint, Dictionary<string, CachedOutput> previous,
        SiteRecord? site, string? output = null)
    {
        _manifest = manifest;
        _output = output;
        _previousFingerprint = previousFingerprint;
        _previous = previous;
        _site = site;
    }

    /// <summary>Everything that can change every page at once (see <see cref="Begin"/>).</summary>
    public string Fingerprint { get; private set; } = "";
    /// <summary>The current hashes of the inputs pages recorded while rendering; checked before a page is reused.</summary>
    public InputState Inputs { get; } = new();
    public bool Enabled => _manifest is not null;
    /// <summary>How many outputs were found up to date (for progress and benchmark output).</summary>
    public int Hits => _hits;

    /// <summary>A cache that remembers nothing (<c>--no-cache</c>): every output is rebuilt.</summary>
    public static BuildCache Disabled(string fingerprint = "") => new BuildCache(null, null, new(StringComparer.Ordinal), null).Begin(fingerprint);

    /// <summary>Opens the cache under <paramref name="projectRoot"/>; a different fingerprint or an unreadable manifest starts empty.</summary>
    public static BuildCache Open(string projectRoot, string fingerprint, bool enabled = true) =>
        enabled ? Load(Path.Combine(projectRoot, FolderName, DefaultManifest)).Begin(fingerprint) : Disabled(fingerprint);

    /// <summary>
    /// Opens the state in <paramref name="cacheFolder"/> that describes the output folder <paramref name="outputFolder"/>;
    /// pages can be reused once <see cref="Begin"/> gave the fingerprint. Disabled (<c>--no-cache</c>), the state is
    /// deleted: the output this build writes is not the one it describes.
    /// </summary>
    public static BuildCache ForOutput(string cacheFolder, string outputFolder, bool enabled = true)
    {
        var manifest = Path.Combine(Path.GetFullPath(cacheFolder), StateFileName(outputFolder));
        if (enabled) return Load(manifest, OutputPath(outputFolder));
        if (File.Exists(manifest)) File.Delete(manifest);
        return new BuildCache(null, null, new(StringComparer.Ordinal), null);
    }

    /// <summary>
    /// Starts reusing pages made with <paramref name="fingerprint"/> (generator, assets, settings, options): the
    /// last build's records count only when it had the same one.
    /// </summary>
    public BuildCache Begin(string fingerprint)
    {
        Fingerprint = fingerprint;
        if (_previousFingerprint != fingerprint) _previous.Clear();
        return this;
    }

    /// <summary>
    /// The last successful build's record, when its inputs hashed to <paramref name="inputsKey"/> too and the output
    /// folder still holds every file it left with the same length and time: the output is already what this build would make.
    /// </summary>
    public SiteRecord? TryReplay(string inputsKey, string outputFolder)
    {
        if (_site is not { } site || site.InputsKey != inputsKey) return null;
        var intact = true;
        Parallel.ForEach(site.Files, (file, loop) =>
        {
            var info = new FileInfo(Path.Combine(outputFolder, file.Key));
            // A file whose time moved (edited by hand, same length) sends the build through the page cache, which
            // compares its content (see OutputStamp).
            if (!info.Exists || info.Length != file.Value
                || (site.Modified.TryGetValue(file.Key, out var modified) && info.LastWriteTimeUtc.Ticks != modified))
            { intact = false; loop.Stop(); }
        });
        return intact ? site : null;
    }

    /// <summary>Remembers the successful build the next <see cref="Save"/> writes (see <see cref="TryReplay"/>).</summary>
    public void RememberSite(SiteRecord site) => _site = site;

    /// <summary>A short name for an output folder, for the cache files that describe it.</summary>
    public static string OutputId(string outputFolder) =>
        ContentHash.Of(Encoding.UTF8.GetBytes(OutputPath(outputFolder)))[..16];

    private static string OutputPath(string outputFolder) =>
        Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);

    /// <summary>The name of the state file describing <paramref name="outputFolder"/>.</summary>
    public static string StateFileName(string outputFolder) => $"state-{OutputId(outputFolder)}.json";

    private static BuildCache Load(string manifest, string? outputFolder = null)
    {
        var previous = new Dictionary<string, CachedOutput>(StringComparer.Ordinal);
        try
        {
            if (File.Exists(manifest))
            {
                using var stream = File.OpenRead(manifest);
                var file = JsonSerializer.Deserialize<ManifestFile>(stream, Json);
                if (file is { Format: FormatName })
                {
                    var strings = file.Strings ?? [];
                    foreach (var (path, output) in file.Outputs ?? new Dictionary<string, StoredOutput>())
                        previous[path] = output.ToCached(strings);
                    return new BuildCache(manifest, file.Fingerprint, previous, file.Site, outputFolder);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException) { previous.Clear(); }
        return new BuildCache(manifest, null, previous, null, outputFolder);
    }


    /// <summary>
    /// True when <paramref name="relativePath"/> was made from the same <paramref name="key"/> last time and
    /// is still in <paramref name="outputFolder"/> with the length it had; the output is then recorded as kept.
    /// </summary>
    public bool IsUpToDate(string outputFolder, string relativePath, string key) => TryReuse(outputFolder, relativePath, key, out _);

    /// <summary>Like <see cref="IsUpToDate"/>, and hands back what the previous build recorded about the output.</summary>
    public bool TryReuse(string outputFolder, string relativePath, string key, out CachedOutput previous)
    {
        previous = null!;
        if (!Enabled || !_previous.TryGetValue(relativePath, out var entry) || entry.Key != key) return false;
        if (entry.Length == CachedOutput.NoFile) return false;
        if (entry.Inputs.Count > 0 && !Inputs.Unchanged(entry.Inputs)) return false;
        if (entry.Length >= 0)
        {
            if (!OutputStamp.Unchanged(Path.Combine(outputFolder, relativePath), entry.Length, entry.Modified, entry.Hash)) return false;
        }
        else if (!Directory.Exists(Path.Combine(outputFolder, relativePath))) return false; // a folder output (the search index)
        lock (_gate) _current[relativePath] = entry;
        Interlocked.Increment(ref _hits);
        previous = entry;
        return true;
    }

    /// <summary>
    /// Whether every page this build recorded or kept is still, in <paramref name="outputFolder"/>, the file it wrote
    /// (see <see cref="OutputStamp"/>): serve asks before re-rendering one edited document in place, so a page edited by
    /// hand meanwhile sends it through a build that writes that page again.
    /// </summary>
    public bool OutputsUnchanged(string outputFolder)
    {
        KeyValuePair<string, CachedOutput>[] entries;
        lock (_gate) entries = [.. _current];
        var unchanged = true;
        Parallel.ForEach(entries, (entry, loop) =>
        {
            var output = entry.Value;
            if (output.Length < 0 || output.Hash.Length == 0) return;
            if (!OutputStamp.Unchanged(Path.Combine(outputFolder, entry.Key), output.Length, output.Modified, output.Hash))
            {
                unchanged = false;
                loop.Stop();
            }
        });
        return unchanged;
    }

    /// <summary>What the previous build recorded under <paramref name="path"/>, whether or not it is still valid.</summary>
    public CachedOutput? Previous(string path) => Enabled && _previous.TryGetValue(path, out var entry) ? entry : null;

    /// <summary>What this build recorded or kept for <paramref name="path"/> so far.</summary>
    public CachedOutput? Current(string path)
    {
        lock (_gate) return _current.GetValueOrDefault(path);
    }

    /// <summary>What every output this build recorded or kept reported when it was made.</summary>
    public IReadOnlyList<CachedDiagnostic> Reported()
    {
        lock (_gate) return [.. _current.Values.SelectMany(o => o.Diagnostics)];
    }

    /// <summary>The outputs whose recorded cards include the document at <paramref name="url"/>.</summary>
    public IReadOnlyList<string> ShowingCard(string url)
    {
        KeyValuePair<string, CachedOutput>[] entries;
        lock (_gate) entries = [.. _current];
        return entries.AsParallel().Where(o => o.Value.Cards.Contains(url, StringComparer.Ordinal)).Select(o => o.Key)
            .Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The state after this build, to render more pages into the same folder (serve's refresh): what this build
    /// recorded is both the previous build's record (pages whose key is unchanged are reused) and kept as is for the
    /// pages not rendered again. The shared data pages read (the atlas) is registered again by the caller.
    /// </summary>
    public BuildCache Continue()
    {
        Dictionary<string, CachedOutput> recorded;
        lock (_gate) recorded = new(_current, StringComparer.Ordinal);
        var next = new BuildCache(_manifest, Fingerprint, recorded, site: null, _output) { Fingerprint = Fingerprint };
        foreach (var (path, output) in recorded) next._current[path] = output;
        return next;
    }

    /// <summary>
    /// Remembers a value that is not an output (e.g. the key of what related documents are computed from) and says
    /// whether the previous build remembered the same one.
    /// </summary>
    public bool Remember(string name, string key)
    {
        Record(name, new CachedOutput { Key = key, Length = CachedOutput.NoFile });
        return Previous(name)?.Key == key;
    }

    /// <summary>Records an output the build has just written.</summary>
    public void Record(string relativePath, string key, long length) => Record(relativePath, new CachedOutput { Key = key, Length = length });

    public void Record(string relativePath, CachedOutput output)
    {
        lock (_gate) _current[relativePath] = output;
    }

    /// <summary>Outputs the previous build wrote that this build did not produce (a deleted document's pages).</summary>
    public IReadOnlyList<string> Orphans()
    {
        lock (_gate) return _previous.Keys.Where(k => !_current.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Removes the state before the output folder changes (replaced, or written in place): if the build stops before
    /// <see cref="Save"/>, the next build starts cold instead of trusting a state of another output. The site record
    /// is forgotten too: only a build that ends successfully remembers one again.
    /// </summary>
    public void Invalidate()
    {
        _site = null;
        if (_manifest is not null && File.Exists(_manifest)) File.Delete(_manifest);
    }

    /// <summary>Writes the state of this build (<see cref="AtomicFile"/>: a crash never leaves half a state).</summary>
    public void Save()
    {
        if (_manifest is null) return;
        Directory.CreateDirectory(Path.GetDirectoryName(_manifest)!);
        SortedDictionary<string, CachedOutput> outputs;
        lock (_gate) outputs = new(_current, StringComparer.Ordinal);
        var strings = new StringTable();
        var stored = new SortedDictionary<string, StoredOutput>(StringComparer.Ordinal);
        foreach (var (path, output) in outputs) stored[path] = StoredOutput.From(output, strings);
        AtomicFile.Write(_manifest, stream => JsonSerializer.Serialize(stream, new ManifestFile
        {
            Format = FormatName, Output = _output, Fingerprint = Fingerprint, Strings = strings.All, Outputs = stored,
            Site = _site,
        }, Json));
    }

    /// <summary>
    /// Deletes, from <paramref name="cacheFolder"/>, the state files whose output folder is gone (and the temporary
    /// files of their saves cut short), so a folder built once and removed does not leave megabytes behind forever.
    /// Only a file the cache made is deleted: named <c>state-{id}.json</c>, in this format, naming its output folder,
    /// which hashes to that id. The caller holds the store's exclusive lease (<see cref="ContentStore.Prune"/>), so no
    /// other build or serve is using a state: one that is builds into its folder under a shared lease.
    /// </summary>
    internal static StorePruning SweepStates(string cacheFolder)
    {
        var folder = new DirectoryInfo(cacheFolder);
        if (!folder.Exists) return StorePruning.None;
        var pruned = StorePruning.None;
        foreach (var file in folder.EnumerateFiles("state-*"))
        {
            if ((file.Attributes & FileAttributes.ReparsePoint) != 0) continue;
            var match = StateFile.Match(file.Name);
            if (!match.Success) continue;
            var state = Path.Combine(cacheFolder, match.Groups["state"].Value);
            // A temporary file goes with its state: deleted when the state is gone or its output is.
            if (match.Groups["temporary"].Success && File.Exists(state) && !IsStale(state)) continue;
            if (!match.Groups["temporary"].Success && !IsStale(file.FullName)) continue;
            try
            {
                var length = file.Length;
                file.Delete();
                pruned += new StorePruning(0, 0, States: 1, StateBytes: length);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
        }
        return pruned;
    }

    private static readonly System.Text.RegularExpressions.Regex StateFile = new(
        @"^(?<state>state-(?<id>[0-9a-f]{16})\.json)(?<temporary>\.([0-9]+\.)?[0-9a-f]{32}\.tmp)?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Whether the state file at <paramref name="path"/> is ours and its output folder is gone.</summary>
    private static bool IsStale(string path)
    {
        var (format, output) = Header(path);
        return format == FormatName && output is { Length: > 0 } && Path.IsPathFullyQualified(output)
            && StateFileName(output) == Path.GetFileName(path) && !Path.Exists(output);
    }

    /// <summary>
    /// The format and output folder a state file names: its first two properties, read from its first 64 KB (a state
    /// of 10,000 documents is ~22 MB; its output is the second property written).
    /// </summary>
    private static (string? Format, string? Output) Header(string path)
    {
        var buffer = new byte[64 * 1024];
        int read;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return (null, null); }
        var reader = new Utf8JsonReader(buffer.AsSpan(0, read), isFinalBlock: false, default);
        string? format = null, output = null;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return (null, null);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                if (!reader.Read() || reader.TokenType != JsonTokenType.String) break;
                if (name == nameof(ManifestFile.Format)) format = reader.GetString();
                else if (name == nameof(ManifestFile.Output)) output = reader.GetString();
                else break;
            }
        }
        catch (JsonException) { return (null, null); }
        return (format, output);
    }

    private sealed class ManifestFile
    {
        public string? Format { get; init; }
        /// <summary>The output folder described (full path); written second (see <see cref="SweepStates"/>).</summary>
        public string? Output { get; init; }
        public string? Fingerprint { get; init; }
        /// <summary>Every URL and input the outputs' lists name, once (see <see cref="StoredOutput"/>).</summary>
        public IReadOnlyList<string>? Strings { get; init; }
        public IDictionary<string, StoredOutput>? Outputs { get; init; }
        public SiteRecord? Site { get; init; }
    }

    /// <summary>
    /// An output as the state file holds it: the lists that repeat from page to page (the cards a listing shows, the
    /// related documents, the templates and files read with their hashes, the diagnostics) as indexes into the file's
    /// string table. At 10,000 documents they were 39 of the state's 57 MB, read and written by every build.
    /// </summary>
    private sealed record StoredOutput
    {
        public required CachedOutput Output { get; init; }
        public int[] Cards { get; init; } = [];
        public int[] Related { get; init; } = [];
        /// <summary>Each input and its hash, one after the other.</summary>
        public int[] Inputs { get; init; } = [];
        /// <summary>
        /// Each diagnostic serialized whole: a string no file has, asked for by the layout, is the same diagnostic on
        /// every page, stored once. Left out when there is none (most outputs: 2 % of the state at 400 documents).
        /// </summary>
        [System.Text.Json.Serialization.JsonIgnore(
            Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        public int[]? Diagnostics { get; init; }

        public static StoredOutput From(CachedOutput output, StringTable strings) => new()
        {
            Output = output with
            {
                Cards = [], Related = [], Inputs = new Dictionary<string, string>(), Diagnostics = [],
            },
            Cards = [.. output.Cards.Select(strings.Index)],
            Related = [.. output.Related.Select(strings.Index)],
            Inputs = [.. output.Inputs.SelectMany(i => new[] { strings.Index(i.Key), strings.Index(i.Value) })],
            Diagnostics = output.Diagnostics.Count == 0 ? null
                : [.. output.Diagnostics.Select(d => strings.Index(JsonSerializer.Serialize(d, Json)))],
        };

        /// <summary>
        /// The output back; an index outside the table (a damaged state) reads as "", so the page is made again (a
        /// diagnostic that does not read back fails the load: the build starts cold).
        /// </summary>
        public CachedOutput ToCached(IReadOnlyList<string> strings)
        {
            string At(int i) => i >= 0 && i < strings.Count ? strings[i] : "";
            var inputs = new Dictionary<string, string>(Inputs.Length / 2, StringComparer.Ordinal);
            for (var i = 0; i + 1 < Inputs.Length; i += 2) inputs[At(Inputs[i])] = At(Inputs[i + 1]);
            return Output with
            {
                Cards = [.. Cards.Select(At)], Related = [.. Related.Select(At)], Inputs = inputs,
                Diagnostics = [.. (Diagnostics ?? []).Select(i =>
                    JsonSerializer.Deserialize<CachedDiagnostic>(At(i), Json)
                    ?? throw new JsonException("a diagnostic that is null"))],
            };
        }
    }

    /// <summary>Strings numbered in the order first met.</summary>
    private sealed class StringTable
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<string> _all = [];

        public IReadOnlyList<string> All => _all;

        public int Index(string value)
        {
            if (_index.TryGetValue(value, out var i)) return i;
            _index[value] = _all.Count;
            _all.Add(value);
            return _all.Count - 1;
        }
    }
}
