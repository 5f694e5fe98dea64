using SdgArchive.Diagnostics;

namespace SdgArchive.Model;

/// <summary>
/// One archive document exactly as the reader understood it. Immutable: later stages derive new data from it, never change it.
/// </summary>
public sealed record ArchiveDocument
{
    /// <summary>Path relative to the source folder, with forward slashes (<c>000_2f33.txt</c>).</summary>
    public required string SourcePath { get; init; }
    /// <summary>Unique, URL-safe name: the page lives at <c>/documents/{Slug}/</c>.</summary>
    public required string Slug { get; init; }
    public required DocumentTitle Title { get; init; }
    /// <summary>The language of the text (an explicit tag, else detected; see <c>Languages/LanguageDetection</c>).</summary>
    public DocumentLanguage Language { get; init; } = DocumentLanguage.Undetermined;
    public required IReadOnlyList<string> Types { get; init; }
    public int? Year { get; init; }
    public DateOnly? Date { get; init; }
    public string? FocalPoint { get; init; }
    public required IReadOnlyList<Place> Places { get; init; }
    /// <summary>Points that came before any country tag.</summary>
    public required IReadOnlyList<GeoPoint> UnplacedPoints { get; init; }
    /// <summary>Official goal numbers 1–17, in the order the document lists them.</summary>
    public required IReadOnlyList<int> Sdgs { get; init; }
    public required IReadOnlyList<string> Methods { get; init; }
    public required IReadOnlyList<string> DataSources { get; init; }
    public required IReadOnlyList<string> ThematicAreas { get; init; }
    /// <summary>Every tag as read, by key (including the ones above), so no key is ever dropped.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<TagValue>> Tags { get; init; }
    public required IReadOnlyList<Section> Sections { get; init; }
    /// <summary>
    /// The Markdown body: the source text with tag lines blanked, so body line N is source line N. Empty in a site build
    /// after reading (see <see cref="WithoutBody"/>).
    /// </summary>
    public required string Body { get; init; }
    /// <summary>Images of the body in reading order, embedded <c>data:</c> images recognised.</summary>
    public IReadOnlyList<DocumentImage> Images { get; init; } = [];
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }
    /// <summary>
    /// The names of the answers' lines and sentences (see <c>Reading.TextPieces</c>): the site counts them across
    /// documents to find the archive's boilerplate.
    /// </summary>
    public IReadOnlyList<ulong> Pieces { get; init; } = [];
    /// <summary>SHA-256 of the source bytes: the cache key for everything derived from this document alone.</summary>
    public required string ContentHash { get; init; }

    /// <summary>
    /// The document without its raw text: the body, and each answer's Markdown source
    /// (<see cref="PromptAnswer.Answer"/>). Pages, excerpts and search records are made from each answer's HTML and
    /// plain text, so the build drops the source once the read-time checks have seen it: the archive then takes about
    /// 130 MB less memory at 20,000 documents for the body, and the read cache's entries (which hold what this
    /// returns) a fifth less for the answers.
    /// </summary>
    public ArchiveDocument WithoutBody() =>
        Body.Length == 0 && Sections.All(s => s.Items.All(i => i.Answer.Length == 0)) ? this : this with
        {
            Body = "",
            Sections = Sections.Select(s => s.Items.All(i => i.Answer.Length == 0) ? s : s with
            {
                Items = s.Items.Select(i => i.Answer.Length == 0 ? i : i with { Answer = "" }).ToList(),
            }).ToList(),
        };

    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<GeoPoint> AllPoints => Places.SelectMany(p => p.Points).Concat(UnplacedPoints);
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<string> Countries => Places.Select(p => p.DisplayName).Distinct();

    public IReadOnlyList<string> TagValues(string key) =>
        Tags.TryGetValue(key, out var values) ? values.Select(v => v.Value).ToList() : Array.Empty<string>();
}
