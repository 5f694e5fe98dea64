namespace SdgArchive.Rendering.Jobs;

/// <summary>
/// The cache key of a page: the site-wide fingerprint and the whole job serialized (its type, address, metadata and
/// view, every field of every nested record). No field is listed by hand, so one added to a view is in the key at once.
/// Serializing a 50-document listing takes ~20 µs; the HTML it saves rendering takes ~1 ms.
/// </summary>
public static class PageKey
{
    public static string For(string fingerprint, PageJob job) => Caching.ContentHash.OfValue(fingerprint, job);
}
