using SdgArchive.Cards;

namespace SdgArchive.SiteTests.Cards;

public class CardCacheTests
{
    private string _root = null!;

    [SetUp]
    public void CreateFolder() => _root = TempFolder.Create("cards");

    [TearDown]
    public void DeleteFolder() => TempFolder.Remove(_root);

    [Test]
    public void Rebuild_with_no_change_draws_no_new_card_and_a_changed_title_does()
    {
        using var fonts = FontChain.LoadShipped();
        var cache = new CardCache(new SdgArchive.Caching.ContentStore(Path.Combine(_root, ".sdg-cache")),
            new SocialCardRenderer(fonts));
        var card = new SocialCardInput("Solar kiosks", ["Experiment"], ["Kenya"], 2022, [7], "Archive");
        var output = Path.Combine(_root, "public", "cards", "solar.png");

        var first = cache.Write(card, output);
        File.Delete(output);
        var second = cache.Write(card with { Types = ["Experiment"] }, output);
        var changed = cache.Write(card with { Title = "Solar kiosks, year two" }, output);

        Assert.That(first.Rendered, Is.True);
        Assert.That(second.Rendered, Is.False, "equal inputs (even as new list objects) come from the cache");
        Assert.That(File.Exists(output), Is.True, "a cache hit still writes the card to the site");
        Assert.That(changed.Rendered, Is.True);
        Assert.That(changed.CacheKey, Is.Not.EqualTo(first.CacheKey));
    }

    [Test]
    public void Card_cached_by_the_previous_encoding_is_drawn_again()
    {
        // `card-7` stored the same pixels with zlib level 4: reusing it would make a warm build's bytes differ from
        // a cold build's.
        using var fonts = FontChain.LoadShipped();
        var store = new SdgArchive.Caching.ContentStore(Path.Combine(_root, ".sdg-cache"));
        var card = new SocialCardInput("Solar kiosks", ["Experiment"], ["Kenya"], 2022, [7], "Archive");
        byte[] previous = [1, 2, 3];
        store.Kind("cards").Write(card.CacheKey("card-7") + ".png", previous);

        var (bytes, _, rendered) = new CardCache(store, new SocialCardRenderer(fonts)).Ensure(card);

        Assert.That(rendered, Is.True, "the card is drawn, not taken from the cache");
        Assert.That(bytes, Is.Not.EqualTo(previous));
    }
}
