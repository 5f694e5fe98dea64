using SdgArchive.Caching;
using SdgArchive.Site;

namespace SdgArchive.Build;

/// <summary>
/// What the data files (documents.json, the CSV, browse.json, feeds, locations, citations) can show of a document:
/// all of it but its text (sections, body, images, read diagnostics, source hash, the names of its text's pieces),
/// which only its own page shows (its first image is on its card, keyed apart). The document serialized whole, less
/// those, so a field added to a document is in the data files' keys at once.
/// </summary>
public static class DocumentRecord
{
    public static SiteDocument Of(SiteDocument document) => document with
    {
        Source = document.Source with
        {
            Sections = [], Body = "", Images = [], Diagnostics = [], ContentHash = "", Pieces = [],
        },
    };

    /// <summary>The record, hashed.</summary>
    public static string Key(SiteDocument document) => ContentHash.OfValue("record", Of(document));
}
