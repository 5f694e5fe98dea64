using System.Collections;
using System.Text.Json;
using SdgArchive.Model;

namespace SdgArchive.Reading;

/// <summary>
/// A cached document's sections, kept as the read cache stored them (UTF-8 JSON) and made into records only when a
/// stage asks for them. Their answers' HTML and words are two thirds of an entry's bytes, and a build after one edit
/// needs them for the pages it renders, not for the 9,999 it reuses: excerpts and search words come from the store
/// (<c>Site.DerivedTexts</c>), the site index and the listings use the document's tags and title.
/// </summary>
internal sealed class CachedSections : IReadOnlyList<Section>
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private readonly Lazy<IReadOnlyList<Section>> _sections;

    /// <param name="json">The sections as <see cref="Serialize"/> wrote them, checked by <see cref="IsWhole"/>.</param>
    public CachedSections(byte[] json) =>
        _sections = new(() => JsonSerializer.Deserialize<List<Section>>(json, Json) ?? []);

    public static byte[] Serialize(IReadOnlyList<Section> sections) =>
        JsonSerializer.SerializeToUtf8Bytes(sections, Json);

    /// <summary>
    /// Whether <paramref name="json"/> is one whole JSON array: checked when the entry is loaded (a scan, no records
    /// made), so a damaged entry is read from the file again rather than failing a page later.
    /// </summary>
    public static bool IsWhole(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray) return false;
            reader.Skip();
            return !reader.Read() && reader.BytesConsumed == json.Length;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public Section this[int index] => _sections.Value[index];
    public int Count => _sections.Value.Count;
    public IEnumerator<Section> GetEnumerator() => _sections.Value.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
