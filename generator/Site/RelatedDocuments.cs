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

    public static IReadOnlyList<SiteDocument> For(SiteDocument document, IReadOnlyList<Term> termsOfDocument)
    {
        // Scores add up while the rarest terms are visited; the budget is spent before the most common terms
        // (which weigh least) are reached, so those rarely change the order and are not scanned at all.
        var scores = new Dictionary<SiteDocument, double>(ReferenceEqualityComparer.Instance);
        var visits = 0;
        foreach (var term in termsOfDocument.Where(t => t.Count > 1).OrderBy(t => t.Count).ThenBy(t => t.Url, StringComparer.Ordinal))
        {
            var weight = Weight(term);
            foreach (var other in term.Documents)
            {
                if (!ReferenceEquals(other, document)) scores[other] = scores.GetValueOrDefault(other) + weight;
                if (++visits >= CandidateBudget) break;
            }
            if (visits >= CandidateBudget) break;
        }

        var best = new List<(SiteDocument Document, double Score)>(Count + 1);
        foreach (var (candidate, raw) in scores)
        {
            var score = Math.Round(raw, 9);
            var at = best.FindIndex(b => score > b.Score || (score == b.Score && string.CompareOrdinal(candidate.Slug, b.Document.Slug) < 0));
            if (at < 0) { if (best.Count < Count) best.Add((candidate, score)); continue; }
            best.Insert(at, (candidate, score));
            if (best.Count > Count) best.RemoveAt(Count);
        }
        return best.Select(b => b.Document).ToList();
    }

    private static double Weight(Term term) => 1.0 / Math.Log(1 + term.Count);
}
