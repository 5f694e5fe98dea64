using System.Text.Encodings.Web;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace SdgArchive.Search;

/// <summary>
/// What pagefind indexes for one document (its service's <c>AddRecord</c>, the Node API's <c>addCustomRecord</c>):
/// the words meant to be found, the language whose stemming rules apply, what a result shows (<see cref="Meta"/>) and
/// the facet values (<see cref="Filters"/>). <see cref="Url"/> is relative to the site root ("/documents/x/"):
/// search.js gives pagefind the base URL, which it puts in front.
/// </summary>
public sealed record SearchRecord(
    string Url,
    string Content,
    string Language,
    IReadOnlyDictionary<string, string> Meta,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Filters)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // A pipe to pagefind, never HTML: no need to escape <, >, &.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The record as pagefind's <c>AddRecord</c> takes it (its fields are the payload's), on one line; also what the
    /// index's cache key hashes.
    /// </summary>
    public string ToJsonLine() => JsonSerializer.Serialize(this, Json);

    /// <summary>
    /// The JSON line's length and hash, made once per record: the search stage's key, the parts' sizes and their keys
    /// all need them. Making the 10,000 lines (36 MB) three times held up the search thread, which a one-edit build
    /// waits for after its pages (search wait 3.0 s against 1.8 s, docs/benchmarks.md).
    /// </summary>
    internal (int Length, string Hash) Line => Lines.GetValue(this, record =>
    {
        var line = record.ToJsonLine();
        return new((line.Length, Caching.ContentHash.Of(line)));
    }).Value;

    /// <summary>Each record's line digest, for as long as the record lives.</summary>
    private static readonly ConditionalWeakTable<SearchRecord, StrongBox<(int, string)>> Lines = new();
}
