using SdgArchive.Caching;
using SdgArchive.SiteTests.Cache;

namespace SdgArchive.SiteTests.Cards;

/// <summary>
/// A social card is put into the site as a hard link of the card kept in the cache's store, not written a second time,
/// and a later build never changes the stored card (nor the last site's) through that link.
/// </summary>
public class CardLinkTests
{
    [Test]
    public void Cards_are_linked_from_the_store_and_an_edited_card_replaces_its_link_without_writing_through()
    {
        var project = new CacheProject();
        TempFolder.CopyInto(RepoPaths.Seeds, project.Source);
        project.Build(o => o with { Cards = true });
        var cards = Path.Combine(project.Output, "cards");
        var store = Path.Combine(project.CacheFolder, "cards");
        var stored = Directory.GetFiles(store, "*.png", SearchOption.AllDirectories)
            .ToDictionary(f => f, f => ContentHash.Of(File.ReadAllBytes(f)));
        var before = CacheProject.Hashes(cards);

        Assert.That(before, Has.Count.EqualTo(5));
        foreach (var card in Directory.GetFiles(cards))
            Assert.That(stored.Keys.Any(entry => HardLink.SameFile(card, entry)), Is.True,
                $"{Path.GetFileName(card)} is the store's file, linked");

        // The card shows the year: a document whose year tag changes gets a new card.
        var edited = Directory.GetFiles(project.Source).Order(StringComparer.Ordinal)
            .First(f => File.ReadAllText(f).Contains("[[year:", StringComparison.Ordinal));
        File.WriteAllText(edited, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(edited),
            @"\[\[year:\d{4}\]\]", "[[year:1999]]"));
        project.Build(o => o with { Cards = true });
        var after = CacheProject.Hashes(cards);

        foreach (var (entry, hash) in stored.Where(e => File.Exists(e.Key)))
            Assert.That(ContentHash.Of(File.ReadAllBytes(entry)), Is.EqualTo(hash), "a stored card keeps its bytes");
        Assert.That(after.Count(card => before.GetValueOrDefault(card.Key) != card.Value), Is.EqualTo(1),
            "the edited document's card alone is new");
        var cold = new CacheProject();
        TempFolder.CopyInto(project.Source, cold.Source);
        cold.Build(o => o with { Cards = true });
        Assert.That(after, Is.EqualTo(CacheProject.Hashes(Path.Combine(cold.Output, "cards"))),
            "the same cards as a cold build");
    }
}
