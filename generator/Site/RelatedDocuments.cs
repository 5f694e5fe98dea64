namespace SdgArchive.Site;

/// <summary>
/// Up to five documents sharing the most tags with a document. Rare shared terms count more than common ones
/// (a shared method says more than a shared SDG 17); ties are broken by slug so the result is deterministic.
/// </summary>
public static class RelatedDocuments
{
    public const int Count = 5;
    /// <summary>
    /// Candidates come from the document's rarest terms first and stop after this many visits, so the cost per document
    /// stays flat as the archive grows instead of scanning every document that shares SDG 17.
    /// </summary>
    private const int CandidateBudget = 600;

    public static IReadOnlyList<SiteDocument> For(SiteDocument document, IReadOnlyList<Term> termsOfDocument, Func<SiteDocument, IReadOnlyList<Term>> termsOf)
    {
        var own = new HashSet<Term>(termsOfDocument, ReferenceEqualityComparer.Instance);
        var candidates = new HashSet<SiteDocument>(ReferenceEqualityComparer.Instance);
        var visits = 0;
        foreach (var term in termsOfDocument.Where(t => t.Count > 1).OrderBy(t => t.Count).ThenBy(t => t.Url, StringComparer.Ordinal))
        {
            foreach (var other in term.Documents)
            {
                if (!ReferenceEquals(other, document)) candidates.Add(other);
                if (++visits >= CandidateBudget) break;
            }
            if (visits >= CandidateBudget) break;
        }

        return candidates
            .Select(c => (Document: c, Score: Math.Round(termsOf(c).Where(own.Contains).Sum(Weight), 9)))
            .OrderByDescending(c => c.Score).ThenBy(c => c.Document.Slug, StringComparer.Ordinal)
            .Take(Count).Select(c => c.Document).ToList();
    }

    private static double Weight(Term term) => 1.0 / Math.Log(1 + term.Count);
}
