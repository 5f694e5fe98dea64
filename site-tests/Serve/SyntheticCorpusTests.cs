using SdgArchive.Bench;

namespace SdgArchive.SiteTests.Serve;

[TestFixture]
public sealed class SyntheticCorpusTests
{
    private static IReadOnlyList<CorpusPage> Pages() => CorpusPage.LoadFolder(RepoPaths.RequireCorpus());

    [Test]
    public void The_same_seed_gives_the_same_corpus_byte_for_byte()
    {
        var pages = Pages();

        var first = SyntheticCorpus.Generate(pages, 300).Select(d => d.FileName + d.ToArchiveText());
        var second = SyntheticCorpus.Generate(pages, 300).Select(d => d.FileName + d.ToArchiveText());

        Assert.That(first, Is.EqualTo(second));
    }

    [Test]
    public void Titles_and_file_names_are_unique_and_points_come_from_a_pool_of_about_180()
    {
        var documents = SyntheticCorpus.Generate(Pages(), 2000);

        Assert.That(documents.Select(d => d.Title).Distinct().Count(), Is.EqualTo(2000));
        Assert.That(documents.Select(d => d.FileName).Distinct().Count(), Is.EqualTo(2000));
        var points = documents.SelectMany(d => d.Values("latlng")).Distinct().Count();
        Assert.That(points, Is.InRange(150, 180));
    }

    [Test]
    public void Tags_keep_the_real_corpus_mix()
    {
        var documents = SyntheticCorpus.Generate(Pages(), 2000);

        double Share(string key) => documents.Count(d => d.Values(key).Count > 0) / (double)documents.Count;
        Assert.That(Share("type"), Is.GreaterThan(0.9));
        Assert.That(Share("sdgs"), Is.InRange(0.3, 0.95));
        Assert.That(Share("latlng"), Is.InRange(0.3, 0.95));
        Assert.That(documents.SelectMany(d => d.Values("thematic_areas")).Distinct().Count(), Is.GreaterThan(200));
    }
}
