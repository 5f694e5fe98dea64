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
}
