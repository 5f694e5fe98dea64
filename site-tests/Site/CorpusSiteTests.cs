namespace SdgArchive.SiteTests.Site;

/// <summary>The 400 real archive pages build under --strict: no error, no warning, no broken link.</summary>
public class CorpusSiteTests
{
    [Test]
    public void Corpus_builds_strict_with_a_page_per_document_and_no_broken_link()
    {
        var corpus = RepoPaths.RequireCorpus();
        var site = BuiltSite.Build(corpus, o => o with { Strict = true });
        Assert.That(site.Result.Succeeded, Is.True, site.Diagnostics);
        var files = Directory.GetFiles(corpus, "*.md").Length;
        Assert.That(site.Result.DocumentCount, Is.EqualTo(files));
        Assert.That(Directory.GetDirectories(Path.Combine(site.Output, "documents")), Has.Length.EqualTo(files), "colliding titles still get a page each");
        Assert.That(site.Result.Diagnostics.Sorted().Where(d => d.Code == "SDG030"), Is.Empty);
    }
}
