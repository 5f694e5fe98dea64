using AngleSharp.Html.Parser;
using SdgArchive.Build;

namespace SdgArchive.SiteTests.Cache;

/// <summary>
/// A page edited by hand in the output is the build's to replace: the next incremental build notices it by its
/// content, not only its length (issue 15: an edit of the same length survived every incremental build), whether
/// nothing else changed (the no-change replay) or something did (the page cache).
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class HandEditedOutputTests
{
    private string _root = null!;
    private string Source => Path.Combine(_root, "source");
    private string Output => Path.Combine(_root, "public");

    [SetUp]
    public void Create()
    {
        _root = TempFolder.Create("hand-edit");
        TempFolder.CopyInto(RepoPaths.Seeds, Source);
    }

    [TearDown]
    public void Remove() => TempFolder.Remove(_root);

    private BuildResult Build()
    {
        var result = new SitePipeline(new BuildOptions
        {
            Source = Source, Content = RepoPaths.Content, Templates = RepoPaths.Templates, Output = Output,
            Cache = Path.Combine(_root, ".sdg-cache"), UseCache = true, Search = false, Cards = false,
        }).Build();
        Assert.That(result.Succeeded, Is.True, string.Join('\n', result.Diagnostics.Sorted()));
        return result;
    }

    /// <summary>Replaces the page's title text with one of the same length, as a hand edit in the output would.</summary>
    private static string EditKeepingLength(string page)
    {
        var length = new FileInfo(page).Length;
        var html = File.ReadAllText(page);
        var title = new HtmlParser().ParseDocument(html).QuerySelector("h1")!.TextContent.Trim();
        Assert.That(title, Does.Match("^[\\x20-\\x7E]+$"), "an ASCII title, so the forgery keeps the byte length");
        var forged = new string('X', title.Length);
        File.WriteAllText(page, html.Replace($">{title}<", $">{forged}<"));
        Assert.That(new FileInfo(page).Length, Is.EqualTo(length));
        return forged;
    }

    private string FirstDocumentPage() =>
        Directory.EnumerateFiles(Path.Combine(Output, "documents"), "index.html", SearchOption.AllDirectories)
            .Where(p => Path.GetDirectoryName(p) != Path.Combine(Output, "documents")).Order(StringComparer.Ordinal).First();

    [Test]
    public void A_same_length_edit_is_replaced_by_the_next_build_with_nothing_else_changed()
    {
        Build();
        var page = FirstDocumentPage();
        var original = File.ReadAllText(page);
        var forged = EditKeepingLength(page);

        Build();

        Assert.That(File.ReadAllText(page), Does.Not.Contain(forged));
        Assert.That(File.ReadAllText(page), Is.EqualTo(original));
    }

    [Test]
    public void A_same_length_edit_is_replaced_by_the_next_build_after_another_document_changed()
    {
        Build();
        var page = FirstDocumentPage();
        var original = File.ReadAllText(page);
        var forged = EditKeepingLength(page);
        var other = Directory.EnumerateFiles(Source).Order(StringComparer.Ordinal).Last();
        File.AppendAllText(other, "\n\nOne more paragraph in another document.\n");

        var result = Build();

        Assert.That(File.ReadAllText(page), Does.Not.Contain(forged));
        Assert.That(File.ReadAllText(page), Is.EqualTo(original));
        Assert.That(result.ReusedPages, Is.GreaterThan(0), "the other pages are still reused");
    }
}
