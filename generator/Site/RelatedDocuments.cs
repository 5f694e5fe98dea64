namespace SdgArchive.Site;

/// <summary>
/// Up to five documents sharing the most tags with a document. Rare shared terms count more than common ones
/// (a shared method says more than a shared SDG 17); ties are broken by slug so the result is deterministic.
/// </summary>
public static class RelatedDocuments
{
    public const int Count = 5;
    /// <summary>Terms on more documents than this add little and cost a lot (quadratic), so they are not used to find candidates.</summary>
    private const int MaxTermSize = 2000;

    public static IReadOnlyList<SiteDocument> For(SiteDocument document, IReadOnlyList<Term> termsOfDocument)
    {
        var scores = new Dictionary<SiteDocument, double>(ReferenceEqualityComparer.Instance);
        foreach (var term in termsOfDocument)
        {
            if (term.Count > MaxTermSize || term.Count < 2) continue;
            var weight = 1.0 / Math.Log(1 + term.Count);
            foreach (var other in term.Documents)
                if (!ReferenceEquals(other, document)) scores[other] = scores.GetValueOrDefault(other) + weight;
        }
        return scores.OrderByDescending(kv => Math.Round(kv.Value, 9)).ThenBy(kv => kv.Key.Slug, StringComparer.Ordinal)
            .Take(Count).Select(kv => kv.Key).ToList();
    }
}
