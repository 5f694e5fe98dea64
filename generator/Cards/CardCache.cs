namespace SdgArchive.Cards;

/// <summary>
/// Cards stored by content hash (card inputs + renderer version) under <c>{cacheDirectory}/cards/</c>,
/// so a rebuild with no change copies the PNG instead of drawing it again.
/// </summary>
public sealed class CardCache(string cacheDirectory, SocialCardRenderer renderer)
{
    private readonly string _directory = Path.Combine(cacheDirectory, "cards");

    /// <summary>Writes the card for <paramref name="card"/> to <paramref name="outputPath"/>, drawing it only on a cache miss.</summary>
    public CardOutcome Write(SocialCardInput card, string outputPath)
    {
        var (cached, key, rendered) = Ensure(card);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        File.Copy(cached, outputPath, overwrite: true);
        return new CardOutcome(outputPath, key, rendered);
    }

    /// <summary>The cached PNG file of the card, drawn first if missing; copy it where the site needs it.</summary>
    public (string CachedFile, string CacheKey, bool Rendered) Ensure(SocialCardInput card)
    {
        var key = card.CacheKey(SocialCardRenderer.Version);
        var cached = Path.Combine(_directory, key + ".png");
        var rendered = false;
        if (!File.Exists(cached))
        {
            var bytes = renderer.Render(card);
            Directory.CreateDirectory(_directory);
            // Write then rename: parallel builds and interrupted runs never leave a half-written card in the cache.
            var temporary = cached + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, cached, overwrite: true);
            rendered = true;
        }
        return (cached, key, rendered);
    }
}

/// <summary>Where a card was written, its cache key, and whether it had to be drawn (false: taken from the cache).</summary>
public sealed record CardOutcome(string Path, string CacheKey, bool Rendered);
