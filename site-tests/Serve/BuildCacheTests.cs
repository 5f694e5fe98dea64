using SdgArchive.Caching;

namespace SdgArchive.SiteTests.Serve;

[TestFixture]
public sealed class BuildCacheTests
{
    private string _project = null!;
    private string Output => Path.Combine(_project, "public");

    [SetUp]
    public void CreateProject()
    {
        _project = TempFolder.Create("cache");
        Directory.CreateDirectory(Path.Combine(Output, "documents", "water"));
    }

    [TearDown]
    public void DeleteProject() => TempFolder.Remove(_project);

    private void BuildOnce(string fingerprint, params (string Path, string Key, string Text)[] outputs)
    {
        var cache = BuildCache.Open(_project, fingerprint);
        foreach (var (path, key, text) in outputs)
        {
            File.WriteAllText(Path.Combine(Output, path), text);
            cache.Record(path, key, new FileInfo(Path.Combine(Output, path)).Length);
        }
        cache.Save();
    }

    [Test]
    public void An_output_made_from_the_same_inputs_is_up_to_date_in_the_next_build()
    {
        BuildOnce("v1", ("documents/water/index.html", ContentHash.OfParts("doc-hash-1", "template-hash"), "<p>water</p>"));

        var next = BuildCache.Open(_project, "v1");

        Assert.That(next.IsUpToDate(Output, "documents/water/index.html", ContentHash.OfParts("doc-hash-1", "template-hash")), Is.True);
        Assert.That(next.Hits, Is.EqualTo(1));
        Assert.That(Directory.Exists(Path.Combine(_project, BuildCache.FolderName)), Is.True);
    }

    [Test]
    public void A_changed_input_a_new_fingerprint_a_missing_file_or_no_cache_means_rebuild()
    {
        var key = ContentHash.OfParts("doc-hash-1");
        BuildOnce("v1", ("documents/water/index.html", key, "<p>water</p>"), ("index.html", key, "<p>home</p>"));

        Assert.That(BuildCache.Open(_project, "v1").IsUpToDate(Output, "documents/water/index.html", ContentHash.OfParts("doc-hash-2")), Is.False);
        Assert.That(BuildCache.Open(_project, "v2").IsUpToDate(Output, "documents/water/index.html", key), Is.False);
        Assert.That(BuildCache.Open(_project, "v1", enabled: false).IsUpToDate(Output, "documents/water/index.html", key), Is.False);
        File.Delete(Path.Combine(Output, "index.html"));
        Assert.That(BuildCache.Open(_project, "v1").IsUpToDate(Output, "index.html", key), Is.False);
    }

    [Test]
    public void Outputs_the_last_build_made_and_this_one_did_not_are_orphans()
    {
        BuildOnce("v1", ("documents/water/index.html", "k1", "<p>water</p>"), ("index.html", "k2", "<p>home</p>"));

        var next = BuildCache.Open(_project, "v1");
        next.IsUpToDate(Output, "index.html", "k2");

        Assert.That(next.Orphans(), Is.EqualTo(new[] { "documents/water/index.html" }));
    }

    [Test]
    public void Keys_depend_on_every_part_and_on_where_parts_are_split()
    {
        Assert.That(ContentHash.OfParts("a", "b"), Is.EqualTo(ContentHash.OfParts("a", "b")));
        Assert.That(ContentHash.OfParts("a", "b"), Is.Not.EqualTo(ContentHash.OfParts("ab")));
        Assert.That(ContentHash.OfParts("a", "b"), Is.Not.EqualTo(ContentHash.OfParts("b", "a")));
    }
}
