using System.Runtime.InteropServices;

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

    /// <summary>
    /// One table of scores per thread, emptied after each document: a new one per document, grown as it filled, with
    /// a closure for every candidate placed, was 1.0 GB of the 12.7 GB a 10,000-document build allocated (held-out
    /// corpus, allocation sampling). Emptied, it holds no document of a site serve has since rebuilt.
    /// </summary>
    [ThreadStatic] private static Dictionary<SiteDocument, double>? t_scores;

    public static IReadOnlyList<SiteDocument> For(SiteDocument document, IReadOnlyList<Term> termsOfDocument)
    {
        var scores = t_scores ??=
            new Dictionary<SiteDocument, double>(CandidateBudget, ReferenceEqualityComparer.Instance);
        try
        {
            Score(document, termsOfDocument, scores);
            var best = new List<(SiteDocument Document, double Score)>(Count + 1);
            foreach (var (candidate, raw) in scores)
            {
                var score = Math.Round(raw, 9);
                var at = 0;
                while (at < best.Count && !Precedes(candidate, score, best[at])) at++;
                if (at == Count) continue;
                best.Insert(at, (candidate, score));
                if (best.Count > Count) best.RemoveAt(Count);
            }
            return best.Select(b => b.Document).ToList();
        }
        finally
        {
            scores.Clear();
        }
    }

    /// <summary>
    /// Scores add up while the rarest terms are visited; the budget is spent before the most common terms (which weigh
    /// least) are reached, so those rarely change the order and are not scanned at all.
    /// </summary>
    private static void Score(SiteDocument document, IReadOnlyList<Term> termsOfDocument,
        Dictionary<SiteDocument, double> scores)
    {
        var visits = 0;
        foreach (var term in termsOfDocument.Where(t => t.Count > 1).OrderBy(t => t.Count)
                     .ThenBy(t => t.Url, StringComparer.Ordinal))
        {
            var weight = Weight(term);
            foreach (var other in term.Documents)
            {
                if (!ReferenceEquals(other, document))
                    CollectionsMarshal.GetValueRefOrAddDefault(scores, other, out _) += weight;
                if (++visits >= CandidateBudget) return;
            }
        }
    }

    /// <summary>A higher score first; between equal scores, the slug first in ordinal order.</summary>
    private static bool Precedes(SiteDocument candidate, double score, (SiteDocument Document, double Score) placed) =>
        score > placed.Score
        || (score == placed.Score && string.CompareOrdinal(candidate.Slug, placed.Document.Slug) < 0);

    private static double Weight(Term term) => 1.0 / Math.Log(1 + term.Count);
}
