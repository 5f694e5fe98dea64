using System.Text.Json;
using SdgArchive.Build;
using SdgArchive.Caching;
using SdgArchive.Reading;
using SdgArchive.SiteTests.Support;

namespace SdgArchive.SiteTests.Cache;

/// <summary>
/// A build reads a file's document from the read cache when the same bytes were read before: the document it gets must
/// be the one parsing gives, field for field, for every kind of text the archive holds, and an edited file must be
/// parsed again.
/// </summary>
[TestFixture]
public sealed class ReadCacheTests
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    [Test]
    public void A_cached_read_is_the_parsed_document_for_every_real_and_hostile_file()
    {
        string[] folders =
        [
            RepoPaths.RequireCorpus(), RepoPaths.TestCorpus("hostile"), RepoPaths.TestCorpus("broken"),
            RepoPaths.Seeds,
        ];
        foreach (var root in folders)
        {
            var cache = new ReadCache(new ContentStore(TempFolder.Create("read-cache")));
            var files = ArchiveReader.DocumentFiles(root);
            foreach (var file in files) cache.Read(root, file);
            Assert.That(cache.Hits, Is.Zero, $"{root}: an empty cache had entries");

            foreach (var file in files)
            {
                var parsed = ArchiveReader.ReadFile(root, file);
                parsed = parsed with { Document = parsed.Document?.WithoutBody() };
                Assert.That(JsonSerializer.Serialize(cache.Read(root, file), Json),
                    Is.EqualTo(JsonSerializer.Serialize(parsed, Json)), $"{root}/{file}");
            }
            Assert.That(cache.Hits, Is.EqualTo(files.Length), $"{root}: each file's second read is from the cache");
        }
    }

    [Test]
    public void An_edited_document_is_parsed_again_and_its_page_shows_the_new_text()
    {
        var project = TempFolder.Create("read-cache-site");
        var source = TempFolder.CopyOf(RepoPaths.Seeds, "read-cache-seeds");
        var cacheFolder = Path.Combine(project, ".sdg-cache");
        var output = Path.Combine(project, "public");
        BuildResult Build() => new SitePipeline(new BuildOptions
        {
            Source = source, Templates = RepoPaths.Templates, Content = RepoPaths.Content, Output = output,
            Cache = cacheFolder, Search = false, Cards = false,
        }).Build();

        Assert.That(Build().Succeeded, Is.True);
        var edited = Directory.GetFiles(source).Order(StringComparer.Ordinal).First();
        File.AppendAllText(edited, "\n\nA sentence added after the first build, about mangrove nurseries.\n");
        var cache = new ReadCache(new ContentStore(cacheFolder));
        var again = ArchiveReader.DocumentFiles(source).Select(f => cache.Read(source, f)).ToList();
        Assert.That(cache.Hits, Is.EqualTo(again.Count - 1), "only the edited file is parsed again");

        Assert.That(Build().Succeeded, Is.True);
        var pages = Directory.GetFiles(output, "index.html", SearchOption.AllDirectories);
        Assert.That(pages.Count(p => File.ReadAllText(p).Contains("about mangrove nurseries")), Is.EqualTo(1));
    }
}
