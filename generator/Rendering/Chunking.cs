namespace SdgArchive.Rendering;

public static class Chunking
{
    /// <summary>Splits a sequence into runs of adjacent items with the same key (unlike GroupBy, order and adjacency are kept).</summary>
    public static IEnumerable<List<T>> ChunkBy<T, TKey>(this IEnumerable<T> items, Func<T, TKey> key)
    {
        List<T>? run = null;
        foreach (var item in items)
        {
            if (run is not null && !EqualityComparer<TKey>.Default.Equals(key(run[0]), key(item)))
            {
                yield return run;
                run = null;
            }
            (run ??= []).Add(item);
        }
        if (run is not null) yield return run;
    }
}
