using System.Text.Json;
using System.Text.Json.Serialization;
using SdgArchive.Rendering.Views;

namespace SdgArchive.Rendering.Jobs;

/// <summary>
/// The cache key of a page: the site-wide fingerprint and the whole job serialized (its type, address, metadata and
/// view, every field of every nested record). No field is listed by hand, so one added to a view is in the key at once.
/// Serializing a 50-document listing takes ~20 µs; the HTML it saves rendering takes ~1 ms.
/// </summary>
public static class PageKey
{
    public static string For(string fingerprint, object job) => Read(fingerprint, job).Key;

    /// <summary>
    /// The key, and the documents whose card (<see cref="DocumentSummaryView"/>) the job shows, in the order shown: the
    /// serializer meets every card on its way through the job, so whatever view a listing puts cards in, they are read
    /// here. serve's refresh re-renders the pages that read an edited document's card (<c>SitePipeline.Refresh</c>).
    /// </summary>
    public static PageRead Read(string fingerprint, object job)
    {
        var shown = new List<string>();
        t_shown = shown;
        try { return new PageRead(Caching.ContentHash.OfValue(fingerprint, job, Recording), shown); }
        finally { t_shown = null; }
    }

    /// <summary>The cards met by the serialization running on this thread (synchronous: one job at a time).</summary>
    [ThreadStatic] private static List<string>? t_shown;

    private static readonly JsonSerializerOptions Plain = new() { WriteIndented = false };
    private static readonly JsonSerializerOptions Recording =
        new() { WriteIndented = false, Converters = { new CardRecorder() } };

    /// <summary>Writes a card as the plain serializer does (same bytes, same key) and notes its document.</summary>
    private sealed class CardRecorder : JsonConverter<DocumentSummaryView>
    {
        public override DocumentSummaryView Read(ref Utf8JsonReader reader, Type type, JsonSerializerOptions options) =>
            throw new NotSupportedException("page keys are written, never read back");

        public override void Write(Utf8JsonWriter writer, DocumentSummaryView value, JsonSerializerOptions options)
        {
            t_shown?.Add(value.Url);
            // A card is shown on a dozen listings (its terms' pages, /documents/, the home page) and beside related
            // documents: serialized once per view, then copied. It was 5.5 % of a one-edit build's samples at 10,000.
            writer.WriteRawValue(Serialized.GetValue(value, card => JsonSerializer.SerializeToUtf8Bytes(card, Plain)),
                skipInputValidation: true);
        }

        /// <summary>Each card's bytes, for as long as the (immutable, per-build) view lives.</summary>
        private static readonly
            System.Runtime.CompilerServices.ConditionalWeakTable<DocumentSummaryView, byte[]> Serialized = new();
    }
}

/// <summary>A page's key and the URLs of the documents whose cards it shows (see <see cref="PageKey.Read"/>).</summary>
public sealed record PageRead(string Key, IReadOnlyList<string> Cards);
