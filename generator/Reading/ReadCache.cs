using System.Text.Json;
using SdgArchive.Caching;

namespace SdgArchive.Reading;

/// <summary>
/// What reading a file gave, stored by the hash of its bytes, its path and the generator build under
/// <c>{cache}/documents/</c> (a <see cref="PackedKind"/> of the <see cref="ContentStore"/>), so a build after an edit
/// parses only the files that changed. Reading is the costliest stage of a build that re-renders little: a
/// 10,000-document build after one edited document spent 19 s of its 41 s of CPU reading every file again
/// (docs/benchmarks.md). Entries are written once and never changed (a new content is a new name), like the social
/// cards beside them; a damaged or unreadable entry is read from the file again; a successful build prunes the entries
/// it did not use.
/// </summary>
/// <param name="knownHashes">
/// The files' content hashes by path relative to the source folder, when the build hashed them already (see
/// <c>BuildInputs</c>): an entry named by one is loaded without reading the file again. A file changed since it was
/// hashed then reads as it was when the build began; the next build sees it changed.
/// </param>
public sealed class ReadCache(ContentStore store, IReadOnlyDictionary<string, string>? knownHashes = null)
{
    /// <summary>Part of every entry's name: a change to what an entry holds must give new names.</summary>
    private const string Format = "read-4";

    /// <summary>The language detector's build (the generator's own key names the libraries that shape HTML).</summary>
    private static readonly string Detector = typeof(Lingua.LanguageDetector).Assembly.FullName ?? "";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private readonly PackedKind _entries = store.Packed("documents");
    private int _hits;

    /// <summary>Documents taken from the cache instead of parsed, so far.</summary>
    public int Hits => _hits;

    /// <summary>
    /// The file's read result (the document without its raw body, which the build drops after reading), from the cache
    /// when the same bytes were read at the same path by the same generator before.
    /// </summary>
    public ReadResult Read(string root, string relative)
    {
        if (knownHashes?.GetValueOrDefault(relative) is { } known
            && _entries.Read(EntryFor(relative, known), Load) is { } hit)
        {
            Interlocked.Increment(ref _hits);
            return hit;
        }
        var path = Path.Combine(root, relative);
        byte[] bytes;
        try
        {
            // Files over the read limit are refused by the reader before it reads them: no entry for them.
            if (new FileInfo(path).Length > Security.InputLimits.Default.MaxReadBytes) return Fresh(root, relative);
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fresh(root, relative);
        }
        // Named by the hash of the bytes parsed, never by a hash taken earlier: the file may have changed since.
        var entry = EntryFor(relative, ContentHash.Of(bytes));
        if (_entries.Read(entry, Load) is { } cached)
        {
            Interlocked.Increment(ref _hits);
            return cached;
        }
        var result = Fresh(root, relative, bytes);
        _entries.Write(entry, Serialize(result));
        return result;
    }

    /// <summary>
    /// An entry: the length of the rest as four bytes, the result without the document's sections (JSON), then its
    /// sections (JSON), which a load keeps as bytes (see <see cref="CachedSections"/>).
    /// </summary>
    private static byte[] Serialize(ReadResult result)
    {
        var sections = result.Document is { } document ? CachedSections.Serialize(document.Sections) : [];
        var head = JsonSerializer.SerializeToUtf8Bytes(
            result.Document is { } d ? result with { Document = d with { Sections = [] } } : result, Json);
        var entry = new byte[4 + head.Length + sections.Length];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(entry, head.Length);
        head.CopyTo(entry, 4);
        sections.CopyTo(entry, 4 + head.Length);
        return entry;
    }

    private static string EntryFor(string relative, string contentHash) =>
        ContentHash.OfParts(Format, BuildFingerprint.GeneratorKey, Detector, relative, contentHash) + ".json";

    private static ReadResult Fresh(string root, string relative, byte[]? bytes = null)
    {
        var result = ArchiveReader.ReadFile(root, relative, bytes);
        return result.Document is { } document ? result with { Document = document.WithoutBody() } : result;
    }

    private static ReadResult? Load(ReadOnlySpan<byte> entry)
    {
        try
        {
            if (entry.Length < 4) return null;
            var headLength = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(entry);
            if (headLength < 0 || headLength > entry.Length - 4) return null;
            var result = JsonSerializer.Deserialize<ReadResult>(entry.Slice(4, headLength), Json);
            if (result?.Document is not { } document) return result;
            var sections = entry[(4 + headLength)..];
            return CachedSections.IsWhole(sections)
                ? result with { Document = document with { Sections = new CachedSections(sections.ToArray()) } }
                : null;
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            return null;
        }
    }
}
