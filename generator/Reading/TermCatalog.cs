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
    /// A unique URL slug per <see cref="TermKey"/>, made from its display name by the same rules as document slugs
    /// (with <c>+</c> and <c>#</c> ending a word spelled out: <c>c-plus-plus</c>, <c>c-sharp</c>). Terms whose slugs
    /// collide (<c>R&amp;D</c> and <c>R and D</c>) get <c>-2</c>, <c>-3</c>… in ordinal order of their keys.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Slugs(IReadOnlyDictionary<string, string> displayNames) =>
        AssignSlugs(displayNames).Slugs;

    /// <summary>A term that got a numbered slug because another term (<paramref name="TakenBy"/>, a key) had its slug.</summary>
    public sealed record SlugCollision(string Key, string BaseSlug, string Slug, string TakenBy);

    /// <summary><see cref="Slugs"/>, and the terms that were numbered to keep them apart.</summary>
    public static (IReadOnlyDictionary<string, string> Slugs, IReadOnlyList<SlugCollision> Collisions) AssignSlugs(
        IReadOnlyDictionary<string, string> displayNames)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        var collisions = new List<SlugCollision>();
        foreach (var (key, name) in displayNames.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var baseSlug = Reading.Slugs.Create(SuffixSymbols.SpellOut(name), null, "term");
            var slug = baseSlug;
            for (var n = 2; !owners.TryAdd(slug, key); n++) slug = $"{baseSlug}-{n}";
            if (slug != baseSlug) collisions.Add(new(key, baseSlug, slug, owners[baseSlug]));
            slugs[key] = slug;
        }
        return (slugs, collisions);
    }
}
