namespace SdgArchive.Reading;

/// <summary>
/// Archive-wide identity of tag terms: values with the same <see cref="TermKey"/> (<c>Male</c>, <c>male</c>,
/// <c>male.</c>) are one term, shown under its most frequent spelling and published under one unique slug.
/// </summary>
public static class TermCatalog
{
    /// <summary>
    /// Display name per <see cref="TermKey"/>: the spelling used most often; ties go to the spelling that sorts first
    /// (ordinal), so the choice never depends on input order.
    /// </summary>
    public static IReadOnlyDictionary<string, string> DisplayNames(IEnumerable<string> values)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var key = TermKey.Of(value);
            var spellings = counts.TryGetValue(key, out var s) ? s : counts[key] = new Dictionary<string, int>(StringComparer.Ordinal);
            spellings[value] = spellings.GetValueOrDefault(value) + 1;
        }
        return counts.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key,
            StringComparer.Ordinal);
    }

    /// <summary>
    /// A unique URL slug per <see cref="TermKey"/>, made from its display name by the same rules as document slugs.
    /// Terms whose slugs collide (<c>R&amp;D</c> and <c>R and D</c>) get <c>-2</c>, <c>-3</c>… in ordinal order of their keys.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Slugs(IReadOnlyDictionary<string, string> displayNames)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, name) in displayNames.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var baseSlug = Reading.Slugs.Create(name, null, "term");
            var slug = baseSlug;
            for (var n = 2; !taken.Add(slug); n++) slug = $"{baseSlug}-{n}";
            slugs[key] = slug;
        }
        return slugs;
    }
}
