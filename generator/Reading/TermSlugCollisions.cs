using SdgArchive.Diagnostics;
using SdgArchive.Model;

namespace SdgArchive.Reading;

/// <summary>
/// Different terms whose names make the same slug (<c>R&amp;D</c> and <c>R and D</c>) are published at numbered
/// addresses (<see cref="TermCatalog.AssignSlugs"/>); the reader says so at the first tag of each numbered term, so
/// the person who wrote it can tell which address is whose.
/// </summary>
public static class TermSlugCollisions
{
    /// <summary>Tag keys that are not terms: numbers and dates, addresses, sentences, points.</summary>
    private static readonly HashSet<string> NotTerms = new(StringComparer.OrdinalIgnoreCase)
    {
        "type", "year", "sdgs", "sdg", "date", "latlng", "focal_point", "ai_summary", "source", "consent", "audio",
    };

    public static void Report(IReadOnlyList<ArchiveDocument> documents, DiagnosticBag diagnostics, string prefix)
    {
        var byKey = new SortedDictionary<string, List<(ArchiveDocument Document, TagValue Tag)>>(StringComparer.Ordinal);
        foreach (var document in documents)
            foreach (var (key, values) in document.Tags)
            {
                if (NotTerms.Contains(key)) continue;
                if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
                list.AddRange(values.Select(v => (document, v)));
            }

        foreach (var (key, tags) in byKey)
        {
            var names = TermCatalog.DisplayNames(tags.Select(t => t.Tag.Value));
            var collisions = TermCatalog.AssignSlugs(names).Collisions;
            if (collisions.Count == 0) continue;
            var firstTag = new Dictionary<string, (ArchiveDocument Document, TagValue Tag)>(StringComparer.Ordinal);
            foreach (var t in tags) firstTag.TryAdd(TermKey.Of(t.Tag.Value), t);
            foreach (var collision in collisions)
            {
                var (document, tag) = firstTag[collision.Key];
                diagnostics.Report(new(ArchiveReader.JoinPath(prefix, document.SourcePath), tag.Line, tag.Column), Severity.Warning,
                    DiagnosticCodes.SlugCollision,
                    $"{key} \"{tag.Value}\" and \"{names[collision.TakenBy]}\" are different terms whose address would be \"{collision.BaseSlug}\": "
                    + $"this one is published as \"{collision.Slug}\"");
            }
        }
    }
}
