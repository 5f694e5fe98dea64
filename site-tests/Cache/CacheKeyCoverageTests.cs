using SdgArchive.Rendering.Views;

namespace SdgArchive.SiteTests.Cache;

/// <summary>
/// A term listing's cache key lists every field of its view by hand (SiteBuilder.TermPageKey). A field added to these
/// records without being added to the key would let a changed listing be reused stale: this test says where to add it.
/// </summary>
[TestFixture]
public sealed class CacheKeyCoverageTests
{
    [TestCase(typeof(TermPageView), 12)]
    [TestCase(typeof(PageMeta), 12)]
    [TestCase(typeof(DocumentSummaryView), 10)]
    [TestCase(typeof(LinkView), 3)]
    [TestCase(typeof(SdgBadgeView), 5)]
    public void Every_field_a_term_listing_shows_is_in_its_cache_key(Type view, int fieldsInKey)
    {
        Assert.That(view.GetProperties().Length, Is.EqualTo(fieldsInKey),
            $"{view.Name} changed: add the new field to SiteBuilder.TermPageKey, then update this count");
    }
}
