using System.Text;
using SdgArchive.Caching;
using System.Globalization;

namespace SdgArchive.Bench;

/// <summary>
/// A deterministic corpus of any size made by recombining the shared corpus pages: each document takes its
/// tags from one real page (so tag co-occurrence and counts stay realistic), its body from another and a
/// title from a third, made unique with its number. Located pages are re-placed on a pool of ~180 points:
/// the real corpus centroids plus nearby variants, as in the full archive. A <see cref="CorpusShape"/> departs from
/// that (repeated titles, a point per document, untagged and non-English documents) the way other archives do.
/// </summary>
public static class SyntheticCorpus
{
    public const int DistinctPoints = 180;

    public static IReadOnlyList<SyntheticDocument> Generate(IReadOnlyList<CorpusPage> pages, int count, int seed = 20_000, CorpusShape? shape = null)
    {
        shape ??= CorpusShape.Default;
        var random = new Random(seed);
        // The shape draws from its own generator, so the default corpus stays the one earlier figures were measured on.
        var shaping = new Random(seed + 2);
        var points = PointPool(pages, seed);
        var foreign = pages.Where(IsNonEnglish).ToList();
        var documents = new List<SyntheticDocument>(count);
        for (var i = 0; i < count; i++)
        {
            var tagSource = pages[random.Next(pages.Count)];
            var bodySource = pages[random.Next(pages.Count)];
            var titleSource = pages[random.Next(pages.Count)];
            var tags = Relocate(tagSource.Tags, points, random);
            var title = $"{Shorten(titleSource.Title, 60)} #{i + 1}";
            if (foreign.Count > 0 && shaping.NextDouble() < shape.NonEnglish)
            {
                var page = foreign[shaping.Next(foreign.Count)];
                bodySource = page;
                title = $"{Shorten(page.Title, 60)} #{i + 1}";
            }
            if (shaping.NextDouble() < shape.RepeatedTitles) title = Shorten(pages[0].Title, 60);
            if (shape.JitteredPoints) tags = Jitter(tags, shaping);
            if (shaping.NextDouble() < shape.Untagged) tags = [];
            var hash = ContentHash.Of(title)[..16];
            documents.Add(new SyntheticDocument(i, $"{i:00000}_{hash}.txt", title, tags, bodySource.Body));
        }
        return documents;
    }

    public static void WriteArchive(IReadOnlyList<SyntheticDocument> documents, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var document in documents)
            File.WriteAllText(Path.Combine(folder, document.FileName), document.ToArchiveText(), new UTF8Encoding(false));
    }

    /// <summary>Every country with a point keeps its country line; its points are drawn from the pool (skewed: a few places are common).</summary>
    private static List<(string, string)> Relocate(IReadOnlyList<(string Key, string Value)> tags, IReadOnlyList<(string Country, string LatLng)> points, Random random)
    {
        var result = new List<(string, string)>(tags.Count);
        for (var t = 0; t < tags.Count; t++)
        {
            var (key, value) = tags[t];
            if (key == "country" && t + 1 < tags.Count && tags[t + 1].Key == "latlng")
            {
                var point = points[Skewed(random, points.Count)];
                result.Add(("country", point.Country));
                result.Add(("latlng", point.LatLng));
                while (t + 1 < tags.Count && tags[t + 1].Key == "latlng") t++;
                continue;
            }
            result.Add((key, value));
        }
        return result;
    }

    /// <summary>Each point moved up to a degree from where it was (a country's centroid or a pooled variant of it).</summary>
    private static List<(string, string)> Jitter(List<(string Key, string Value)> tags, Random random) => tags.Select(t =>
    {
        if (t.Key != "latlng" || !IsLatLng(t.Value)) return t;
        var parts = t.Value.Split(',');
        var lat = double.Parse(parts[0], CultureInfo.InvariantCulture) + (random.NextDouble() - 0.5) * 2;
        var lng = double.Parse(parts[1], CultureInfo.InvariantCulture) + (random.NextDouble() - 0.5) * 2;
        return (t.Key, FormattableString.Invariant($"{Math.Clamp(lat, -89.0, 89.0):0.####},{Math.Clamp(lng, -179.0, 179.0):0.####}"));
    }).ToList();

    /// <summary>
    /// A page mostly in another language: few of English's commonest words. Enough to pick the shared corpus's Spanish,
    /// French, Arabic and other pages for a bench; the reader decides a page's language for real.
    /// </summary>
    private static bool IsNonEnglish(CorpusPage page)
    {
        var words = page.Body.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 50) return false;
        var english = words.Count(w => w is "the" or "and" or "of" or "to" or "in" or "is" or "for" or "with");
        return english < words.Length / 40;
    }

    /// <summary>Index in [0, count) where low indexes are more likely (square of a uniform draw).</summary>
    private static int Skewed(Random random, int count)
    {
        var u = random.NextDouble();
        return Math.Min(count - 1, (int)(u * u * count));
    }

    private static IReadOnlyList<(string Country, string LatLng)> PointPool(IReadOnlyList<CorpusPage> pages, int seed)
    {
        var real = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in pages)
            for (var t = 0; t + 1 < page.Tags.Count; t++)
                if (page.Tags[t].Key == "country" && page.Tags[t + 1].Key == "latlng" && IsLatLng(page.Tags[t + 1].Value))
                    real.TryAdd(page.Tags[t + 1].Value.Replace(" ", ""), page.Tags[t].Value);
        var pool = real.Select(p => (Country: p.Value, LatLng: p.Key)).ToList();
        var random = new Random(seed + 1);
        var seen = pool.Select(p => p.LatLng).ToHashSet(StringComparer.Ordinal);
        var bases = pool.ToList();
        // Nearby variants of real centroids (within half a degree) until the pool has the archive's ~180 points.
        while (pool.Count < DistinctPoints && bases.Count > 0)
        {
            var (country, latLng) = bases[random.Next(bases.Count)];
            var parts = latLng.Split(',');
            var lat = double.Parse(parts[0], CultureInfo.InvariantCulture) + (random.NextDouble() - 0.5);
            var lng = double.Parse(parts[1], CultureInfo.InvariantCulture) + (random.NextDouble() - 0.5);
            var variant = FormattableString.Invariant($"{Math.Clamp(lat, -89.0, 89.0):0.####},{Math.Clamp(lng, -179.0, 179.0):0.####}");
            if (seen.Add(variant)) pool.Add((country, variant));
        }
        return pool;
    }

    private static bool IsLatLng(string value)
    {
        var parts = value.Split(',');
        return parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) && double.IsFinite(lat)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lng) && double.IsFinite(lng);
    }

    private static string Shorten(string title, int max)
    {
        var flat = title.Replace('\n', ' ').Trim();
        if (flat.Length <= max) return flat;
        var cut = flat.LastIndexOf(' ', max);
        return (cut > max / 2 ? flat[..cut] : flat[..max]).TrimEnd(' ', ',', ':', ';', '-');
    }
}
