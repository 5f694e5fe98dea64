using SdgArchive.Caching;

namespace SdgArchive.Search;

/// <summary>
/// One pagefind index to make: a language's records, or a part of them. <see cref="Folder"/> is where it goes under
/// the pagefind folder ("" for the primary index, else its language, or <c>{language}-{n}</c> for its n-th part from
/// 2); <see cref="Key"/> is hashed from what its files are made of; <see cref="Size"/> is the characters of its
/// records' JSON lines (<see cref="SearchRecord.ToJsonLine"/>, made again where needed rather than held: 35 MB of
/// text, 70 MB of strings, at 10,000 documents; their lengths and hashes are held, <see cref="SearchRecord.Line"/>).
/// </summary>
internal sealed record IndexPart(string Language, string Folder, string Key, IReadOnlyList<SearchRecord> Records,
    long Size);

/// <summary>
/// How the records are shared out into indexes. Each language gets its own index, stemmed by its own rules (Chinese
/// and Japanese segmented by pagefind_extended): the site's language (or, when no document is in it, the most common
/// one) at the top, every other one in a folder of its own, listed in languages.json for search.js to merge (pagefind's
/// mergeIndex), so one search page searches them all.
///
/// A language whose records' JSON lines hold more than the part size is split into as few parts as hold at most about
/// that much each, each record in the part its URL hashes to (FNV-1a): every part is then a sample of the whole
/// language, so a word is about as frequent in each, and pagefind's scores, which use each index's word statistics,
/// stay comparable when the search page sorts the merged results. Consecutive runs of URLs did not: titles starting
/// with a word gathered in one part, where that word is common and scores low (10,000 bench documents in 5 parts:
/// "solar energy" kept 2 of one index's top 10; by hash 7, see docs/benchmarks.md). A URL keeps its part while the
/// number of parts stays the same, so an edit of one document re-indexes one part.
/// </summary>
internal sealed record PagefindParts(string Primary, IReadOnlyList<string> Languages, IReadOnlyList<IndexPart> Parts)
{
    /// <summary>
    /// The indexes for <paramref name="records"/>, in language order (ordinal), each language's parts in turn.
    /// <paramref name="maker"/> names what makes an index besides its records (the generator and pagefind's binary).
    /// </summary>
    public static PagefindParts Plan(IReadOnlyList<SearchRecord> records, string siteLanguage, long partSize,
        string maker)
    {
        var byLanguage = new Dictionary<string, List<(SearchRecord Record, int Size)>>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (!byLanguage.TryGetValue(record.Language, out var list))
                byLanguage[record.Language] = list = [];
            list.Add((record, record.Line.Length));
        }
        // The primary index (the one pagefind.js at the top loads) is the site's language when some document is in
        // it, else the language with the most documents: an empty index has no language, and pagefind's init never
        // settles on it (a French-interface site of English seeds showed "search could not start" forever).
        var primary = byLanguage.ContainsKey(siteLanguage) || byLanguage.Count == 0 ? siteLanguage
            : byLanguage.OrderByDescending(l => l.Value.Count).ThenBy(l => l.Key, StringComparer.Ordinal).First().Key;
        byLanguage.TryAdd(primary, []);
        var languages = byLanguage.Keys.Order(StringComparer.Ordinal).ToList();

        var parts = new List<IndexPart>();
        foreach (var language in languages)
        {
            var split = Split(byLanguage[language], partSize);
            for (var n = 0; n < split.Count; n++)
            {
                var folder = n == 0 ? language : $"{language}-{n + 1}";
                var part = split[n];
                parts.Add(new(language, n == 0 && language == primary ? "" : folder,
                    ContentHash.OfParts(new[] { maker, language }.Concat(part.Select(r => r.Record.Line.Hash))),
                    part.Select(r => r.Record).ToList(), part.Sum(r => (long)r.Size)));
            }
        }
        return new(primary, languages, parts);
    }

    /// <summary>What languages.json lists for search.js: every index but the primary one, with its folder.</summary>
    public IEnumerable<(string Language, string Path)> Others =>
        Parts.Where(p => p.Folder != "").Select(p => (p.Language, p.Folder + "/"));

    private static List<List<(SearchRecord Record, int Size)>> Split(List<(SearchRecord Record, int Size)> lines,
        long partSize)
    {
        var total = lines.Sum(l => (long)l.Size);
        var count = partSize > 0 ? (int)Math.Max(1, (total + partSize - 1) / partSize) : 1;
        var parts = Enumerable.Range(0, count).Select(_ => new List<(SearchRecord, int)>()).ToList();
        foreach (var line in lines) parts[count == 1 ? 0 : (int)(Fnv1a(line.Record.Url) % (uint)count)].Add(line);
        // An empty part would be an index without a language, on which pagefind's init never settles (see above).
        var filled = parts.Where(p => p.Count > 0).ToList();
        return filled.Count > 0 ? filled : [[]];
    }

    /// <summary>FNV-1a over the URL's UTF-16 code units (as the node script that made the parts before).</summary>
    private static uint Fnv1a(string text)
    {
        var hash = 0x811c9dc5u;
        foreach (var unit in text) hash = (hash ^ unit) * 0x01000193u;
        return hash;
    }
}
