using System.Text.Encodings.Web;
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
}
