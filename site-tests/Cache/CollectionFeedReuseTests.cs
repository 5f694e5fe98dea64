using System.Xml.Linq;
using SdgArchive.Caching;
using SdgArchive.Site;
using SdgArchive.SiteTests.Support;

namespace SdgArchive.SiteTests.Cache;

/// <summary>
/// A collection's feed goes through the page cache like the site's data files: a build that changes nothing the feed
/// shows keeps the file (linked from the last output, the same file), one that changes what it shows writes it again,
/// and the warm folder is a cold build's.
/// </summary>
[TestFixture]
public sealed class CollectionFeedReuseTests
{
    private const int Documents = 60;
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>
    /// A project with a collection of one country's documents (a query, so a member keeps its place in it when its
    /// title, and with it its address, changes); the country's term.
    /// </summary>
    private static (CacheProject Project, Term Country) WithCollection()
    {
        var project = CacheProject.FromCorpus(Documents);
        var country = project.Index().Taxonomy("countries").ByCount.First(t => t.Count is >= 2 and <= 10);
        var folder = Directory.CreateDirectory(Path.Combine(project.Content, "collections")).FullName;
        File.WriteAllText(Path.Combine(folder, "country.md"),
            $"# One country\n\nWhat the lab of {country.Name} wrote.\n\n[[query:countries={country.Slug}]]\n");
        return (project, country);
    }

    private static string FeedFile(CacheProject project) =>
        Path.Combine(project.Output, "collections", "country", "feed.xml");

    private static List<string> EntryTitles(string feed) =>
        XDocument.Load(feed).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList();

    /// <summary>Gives a document a new title (its first heading).</summary>
    private static void Retitle(CacheProject project, SiteDocument document, string title)
    {
        var file = project.FileOf(document);
        var lines = File.ReadAllLines(file);
        var heading = Array.FindIndex(lines, l => l.StartsWith("# ", StringComparison.Ordinal));
        Assert.That(heading, Is.GreaterThanOrEqualTo(0), "the document's title is its first heading");
        lines[heading] = "# " + title;
        File.WriteAllLines(file, lines);
    }

    /// <summary>
    /// A second name of the file (a hard link kept aside), to tell later whether the output still has that file.
    /// </summary>
    private static string KeepAside(string file)
    {
        var aside = Path.Combine(TempFolder.Create("feed-aside"), Path.GetFileName(file));
        HardLink.LinkOrCopy(file, aside);
        Assume.That(HardLink.SameFile(file, aside), Is.True, "the file system makes hard links");
        return aside;
    }

    private static void AssertLikeACold(CacheProject project)
    {
        var cold = TempFolder.Create("collection-feed-cold");
        project.Build(o => o with { UseCache = false }, cold);
        Assert.That(CacheProject.Hashes(project.Output), Is.EqualTo(CacheProject.Hashes(cold)),
            "every file, byte for byte");
    }

    [Test]
    public void An_edit_to_a_document_outside_the_collection_keeps_its_feed()
    {
        var (project, country) = WithCollection();
        project.Build();
        var before = project.Index();
        var outside = before.Documents.First(d => !country.Documents.Any(m => m.Slug == d.Slug));
        var feed = FeedFile(project);
        var feedBefore = File.ReadAllText(feed);
        var written = File.GetLastWriteTimeUtc(feed);
        var aside = KeepAside(feed);
        var documentsJson = Path.Combine(project.Output, before.Urls.FileFor(before.Urls.DocumentsJson));
        var listed = File.GetLastWriteTimeUtc(documentsJson);

        Retitle(project, outside, "A title only the document outside the collection has");
        project.Build();

        Assert.That(File.ReadAllText(documentsJson), Does.Contain("A title only the document outside the collection"),
            "the edit reached the files that list every document");
        Assert.That(File.GetLastWriteTimeUtc(documentsJson), Is.Not.EqualTo(listed));
        Assert.That(File.ReadAllText(feed), Is.EqualTo(feedBefore));
        Assert.That(File.GetLastWriteTimeUtc(feed), Is.EqualTo(written), "the feed is not written again");
        Assert.That(HardLink.SameFile(feed, aside), Is.True, "the feed is the last output's file, linked");
        AssertLikeACold(project);
    }

    [Test]
    public void A_new_newest_document_outside_the_collection_keeps_its_feed()
    {
        // Every document moves one place down the newest-first list; the feed shows its members' order, not their
        // place among all documents.
        var (project, country) = WithCollection();
        project.Build();
        var feed = FeedFile(project);
        var feedBefore = File.ReadAllText(feed);
        var written = File.GetLastWriteTimeUtc(feed);
        var extra = Directory.EnumerateFiles(RepoPaths.RequireCorpus()).Order(StringComparer.Ordinal)
            .Skip(Documents).First(f => !File.ReadAllText(f).Contains($"[[country:{country.Name}]]"));
        var lines = File.ReadAllLines(extra).Where(l => !l.StartsWith("[[year:", StringComparison.Ordinal)
            && !l.StartsWith("[[date:", StringComparison.Ordinal)).ToList();
        lines.Insert(lines.FindIndex(l => l.StartsWith("# ", StringComparison.Ordinal)) + 1, "\n[[year:2030]]\n");
        File.WriteAllLines(Path.Combine(project.Source, Path.GetFileName(extra)), lines);
        project.Build();

        var newest = project.Index().Documents[0];
        Assert.That(newest.Source.Year, Is.EqualTo(2030), "the new document is the newest");
        Assert.That(File.ReadAllText(Path.Combine(project.Output, "index.html")), Does.Contain(newest.Url),
            "the home page lists it");
        Assert.That(File.ReadAllText(feed), Is.EqualTo(feedBefore));
        Assert.That(File.GetLastWriteTimeUtc(feed), Is.EqualTo(written), "the feed is not written again");
        AssertLikeACold(project);
    }

    [Test]
    public void An_edit_to_a_members_title_writes_the_feed_again_with_the_new_title()
    {
        var (project, country) = WithCollection();
        project.Build();
        var feed = FeedFile(project);
        var member = country.Documents[^1];
        Assert.That(EntryTitles(feed), Does.Contain(member.Title));
        var written = File.GetLastWriteTimeUtc(feed);
        var aside = KeepAside(feed);

        Retitle(project, member, "A member of the collection, newly titled");
        project.Build();

        var titles = EntryTitles(feed);
        Assert.That(titles, Does.Contain("A member of the collection, newly titled"));
        Assert.That(titles, Does.Not.Contain(member.Title));
        Assert.That(titles, Has.Count.EqualTo(country.Count), "still every document of the country");
        Assert.That(File.GetLastWriteTimeUtc(feed), Is.Not.EqualTo(written), "the feed is written again");
        Assert.That(HardLink.SameFile(feed, aside), Is.False);
        AssertLikeACold(project);
    }
}
