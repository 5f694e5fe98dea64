using SdgArchive.Caching;

namespace SdgArchive.Cards;

/// <summary>
/// Cards stored by content hash (card inputs + renderer version) as the <c>cards</c> kind of the
/// <see cref="ContentStore"/>, so a rebuild with no change copies the PNG instead of drawing it again.
/// </summary>
public sealed class CardCache(ContentStore store, SocialCardRenderer renderer)
{
    private readonly StoreKind _entries = store.Kind("cards");

    /// <summary>Writes the card for <paramref name="card"/> to <paramref name="outputPath"/>, drawing it only on a cache miss.</summary>
    public CardOutcome Write(SocialCardInput card, string outputPath)
    {
        var (bytes, key, rendered) = Ensure(card);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        File.WriteAllBytes(outputPath, bytes);
        return new CardOutcome(outputPath, key, rendered);
    }

    /// <summary>The card's PNG bytes, from the store or drawn (and stored) when missing.</summary>
    public (byte[] Bytes, string CacheKey, bool Rendered) Ensure(SocialCardInput card)
    {
        var key = KeyOf(card);
        if (_entries.Read(key) is { } cached) return (cached, key, false);
        var bytes = renderer.Render(card);
        _entries.Write(key, bytes);
        return (bytes, key, true);
    }

    /// <summary>
    /// The card's file in the store (to link into the site), drawn and stored first when missing. A card drawn now
    /// comes with its bytes, for when the store could not keep it (a full disk, a read-only cache: File is null).
    /// </summary>
    public (string? File, byte[]? Drawn) Stored(SocialCardInput card)
    {
        var key = KeyOf(card);
        if (_entries.PlainFile(key) is { } file) return (file, null);
        var bytes = renderer.Render(card);
        _entries.Write(key, bytes);
        return (_entries.PlainFile(key), bytes);
    }

    /// <summary>Counts the card's entry as used by this build: its page was kept, with the card it wrote.</summary>
    public void Keep(SocialCardInput card) => _entries.Keep(KeyOf(card));

    private static string KeyOf(SocialCardInput card) => card.CacheKey(SocialCardRenderer.Version) + ".png";
}

/// <summary>Where a card was written, its cache key, and whether it had to be drawn (false: taken from the cache).</summary>
public sealed record CardOutcome(string Path, string CacheKey, bool Rendered);
