using SdgArchive.Diagnostics;
using SdgArchive.Reading;
using SdgArchive.Site;

namespace SdgArchive.Collections;

/// <summary>A collection with its documents found in the site: the named ones in the curator's order, then the queried ones, newest first.</summary>
public sealed record ResolvedCollection(Collection Collection, IReadOnlyList<SiteDocument> Documents, string Url, string FeedUrl)
{
    public static IReadOnlyList<ResolvedCollection> Resolve(IReadOnlyList<Collection> collections, SiteIndex index, DiagnosticBag diagnostics)
    {
        var bySlug = index.Documents.ToDictionary(d => d.Slug, StringComparer.Ordinal);
        var resolved = new List<ResolvedCollection>();
        foreach (var collection in collections)
        {
            var documents = new List<SiteDocument>();
            var seen = new HashSet<SiteDocument>(ReferenceEqualityComparer.Instance);
            foreach (var entry in collection.Slugs)
            {
                if (bySlug.TryGetValue(entry.Slug, out var document)) { if (seen.Add(document)) documents.Add(document); }
                else diagnostics.Report(new(collection.SourcePath, entry.Line, entry.Column), Severity.Warning, DiagnosticCodes.CollectionDocumentMissing,
                    $"no document has the slug \"{entry.Slug}\" (the last part of its address, /documents/<slug>/)");
            }
            foreach (var query in collection.Queries)
            {
                var sets = new List<HashSet<SiteDocument>>();
                foreach (var (taxonomy, value) in query.Terms)
                {
                    var index1 = index.Taxonomies.FirstOrDefault(t => t.Taxonomy.Key == taxonomy || t.Taxonomy.Segment == taxonomy);
                    var term = index1?.ByCount.FirstOrDefault(t => t.Key == TermKey.Of(value) || t.Slug == value);
                    if (term is null)
                    {
                        diagnostics.Report(new(collection.SourcePath, query.Line, query.Column), Severity.Warning, DiagnosticCodes.CollectionDocumentMissing,
                            index1 is null ? $"no taxonomy \"{taxonomy}\" (use sdgs, types, countries, years, methods, datasources, thematic_areas…)"
                                : $"no document is tagged {taxonomy}={value}");
                        sets.Add([]);
                        continue;
                    }
                    sets.Add(new HashSet<SiteDocument>(term.Documents, ReferenceEqualityComparer.Instance));
                }
                // Documents are in the index's newest-first order, so the matches are too.
                foreach (var document in index.Documents.Where(d => sets.All(s => s.Contains(d))))
                    if (seen.Add(document)) documents.Add(document);
            }
            if (documents.Count == 0)
                diagnostics.Report(new(collection.SourcePath, 1, 1), Severity.Warning, DiagnosticCodes.CollectionDocumentMissing,
                    "the collection has no documents: its page is still made, and says so");
            var url = $"{index.Urls.Base}collections/{collection.Name}/";
            resolved.Add(new ResolvedCollection(collection, documents, url, url + "feed.xml"));
        }
        return resolved;
    }
}
