using SdgArchive.Diagnostics;

namespace SdgArchive.Caching;

/// <summary>
/// What the manifest remembers about one output: the key it was made from, its length (-1 for a folder) and
/// what a build that reuses it still has to do without rendering it.
/// </summary>
public sealed record CachedOutput
{
    public required string Key { get; init; }
    /// <summary>Bytes of the output file; -1 for a folder, <see cref="NoFile"/> for a remembered value that is not an output.</summary>
    public long Length { get; init; }
    public const long NoFile = -2;
    /// <summary>The file's modification time (UTC ticks) and SHA-256 when written: see <see cref="OutputStamp"/>.</summary>
    public long Modified { get; init; }
    public string Hash { get; init; } = "";
    /// <summary>Internal links that came from the document's own text (raw attribute values): still checked on reuse.</summary>
    public IReadOnlyList<string> Links { get; init; } = [];
    /// <summary>Other outputs the page brought along (its social card, its images), reused with it.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];
    /// <summary>What rendering the page reported, reported again when it is reused so a warm build says what a cold one says.</summary>
    public IReadOnlyList<CachedDiagnostic> Diagnostics { get; init; } = [];
    public int PlaceholderAltTexts { get; init; }
    public int UnsafeUrlsRemoved { get; init; }
    /// <summary>URLs of the related documents the page shows: reused while no document's terms changed (computing them is costly).</summary>
    public IReadOnlyList<string> Related { get; init; } = [];
    /// <summary>
    /// URLs of the documents whose card the page shows (a listing's cards, a document page's related documents),
    /// recorded while its key was derived: serve's refresh re-renders these pages when a document's card changes.
    /// </summary>
    public IReadOnlyList<string> Cards { get; init; } = [];
    /// <summary>
    /// Inputs the page read while rendering (files by full path, shared data by name) with their hashes then; the page is
    /// reused only while each is unchanged (see <see cref="InputLog"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Inputs { get; init; } = new Dictionary<string, string>();
    /// <summary>A count that goes with the output (pages in a reused search index).</summary>
    public int Items { get; init; }
    /// <summary>
    /// The parts of a folder output made one by one (the search index's, by folder; "" for the top one).
    /// </summary>
    public IReadOnlyDictionary<string, OutputPart> Parts { get; init; } = new Dictionary<string, OutputPart>();
}

/// <summary>
/// A diagnostic in the manifest's plain form (<see cref="Diagnostic.Once"/> kept: replayed, it is still once).
/// </summary>
public sealed record CachedDiagnostic(string Path, int Line, int Column, Severity Severity, string Code, string Message,
    bool Once = false)
{
    public static CachedDiagnostic From(Diagnostic d) =>
        new(d.Span.Path, d.Span.Line, d.Span.Column, d.Severity, d.Code, d.Message, d.Once);

    public Diagnostic ToDiagnostic() =>
        new(new SourceSpan(Path, Line, Column), Severity, Code, Message) { Once = Once };
}
