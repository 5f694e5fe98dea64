namespace SdgArchive.Site;

/// <summary>
/// Picks how a term is shown when the archive spells it several ways (<c>Male</c>, <c>male</c>): the most frequent
/// spelling, ties broken by ordinal order so the choice never depends on reading order.
/// </summary>
public static class TermNames
{
    public static string MostFrequentSpelling(IEnumerable<string> spellings) =>
        spellings.GroupBy(s => s, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;
}
