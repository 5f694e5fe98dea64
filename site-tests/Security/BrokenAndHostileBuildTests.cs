using System.Text.RegularExpressions;
using SdgArchive.Diagnostics;

namespace SdgArchive.SiteTests.Security;

/// <summary>
/// One real build of the seeds with every hostile and broken document beside them: the build finishes, each broken
/// file is reported where the problem is, and every document that can be read gets its page.
/// </summary>
[NonParallelizable]
public class BrokenAndHostileBuildTests
{
    private static readonly string[] Unreadable = ["empty.txt", "bom-and-whitespace-only.txt", "binary.txt"];
    private SandboxedSite _site = null!;

    [OneTimeSetUp]
    public void BuildEverything() => _site = SandboxedSite.WithEverything();

    [OneTimeTearDown]
    public void Remove() => _site.Dispose();

    [Test]
    public void The_build_succeeds_and_says_what_was_wrong()
    {
        Assert.That(_site.ExitCode, Is.EqualTo(0), _site.ErrorText);
        Assert.That(_site.ErrorText, Does.Match(@"\d+ errors, \d+ warnings"));
        Assert.That(File.Exists(Path.Combine(_site.Output, "index.html")), Is.True);
    }

    [TestCase("empty.txt", DiagnosticCodes.EmptyFile, 1)]
    [TestCase("bom-and-whitespace-only.txt", DiagnosticCodes.EmptyFile, 1)]
    [TestCase("binary.txt", DiagnosticCodes.BinaryFile, 3)]
    [TestCase("invalid-utf8.txt", DiagnosticCodes.InvalidUtf8, 6)]
    [TestCase(GeneratedInputs.HugeDocumentName, DiagnosticCodes.LargeDocument, 10)]
    [TestCase(GeneratedInputs.TenThousandTagsName, DiagnosticCodes.TooManyTags, 503)]
    [TestCase("unclosed-code-fence.txt", DiagnosticCodes.UnclosedCodeFence, 11)]
    [TestCase("unclosed-div.txt", DiagnosticCodes.UnclosedHtml, 9)]
    [TestCase("unclosed-tag-brackets.txt", DiagnosticCodes.UnclosedTag, 5)]
    [TestCase("latlng-nan-infinity.txt", DiagnosticCodes.BadLatLng, 6)]
    public void Each_broken_file_gets_a_warning_at_its_location(string file, string code, int line)
    {
        var lines = _site.DiagnosticLinesFor(file);
        var location = $"{_site.Source}/{file}({line},";
        Assert.That(lines, Has.Some.StartsWith(location).And.Contains($"warning {code}:"),
            $"expected \"{location}… warning {code}\", got:\n{string.Join('\n', lines)}");
    }

    [Test]
    public void Every_readable_document_gets_its_page()
    {
        var expected = Directory.EnumerateFiles(RepoPaths.Seeds).Select(Path.GetFileName)
            .Concat(Directory.EnumerateFiles(RepoPaths.TestCorpus("hostile"), "*.txt").Select(Path.GetFileName))
            .Concat(Directory.EnumerateFiles(RepoPaths.TestCorpus("broken"), "*.txt").Select(Path.GetFileName).Except(Unreadable))
            .Append(GeneratedInputs.HugeDocumentName).Append(GeneratedInputs.TenThousandTagsName)
            .Order(StringComparer.Ordinal).ToList();
        var withoutPage = expected.Where(file => _site.PageOf(file!) is null).ToList();
        Assert.That(withoutPage, Is.Empty, "documents without a page");
    }

    [Test]
    public void Unreadable_files_get_no_page_and_break_nothing()
    {
        foreach (var file in Unreadable) Assert.That(_site.PageOf(file), Is.Null, file);
        var pages = Directory.GetDirectories(Path.Combine(_site.Output, "documents")).Length;
        Assert.That(pages, Is.EqualTo(_site.Documents.Count));
    }

    [Test]
    public void The_text_after_an_unclosed_div_is_still_on_the_page_and_the_footer_outside_it()
    {
        var html = File.ReadAllText(_site.PageOf("unclosed-div.txt")!);
        Assert.That(html, Does.Contain("The footer, navigation and the rest of the page must still be where they belong."));
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var footer = document.QuerySelector("footer");
        Assert.That(footer, Is.Not.Null, "the page has a footer");
        var swallowed = false;
        for (var parent = footer!.ParentElement; parent is not null; parent = parent.ParentElement)
            swallowed |= parent.ClassList.Contains("inner") || parent.ClassList.Contains("group");
        Assert.That(swallowed, Is.False,
            "the document's open <div> swallowed the site's footer");
    }

    [Test]
    public void The_huge_document_page_holds_all_its_text()
    {
        var html = File.ReadAllText(_site.PageOf(GeneratedInputs.HugeDocumentName)!);
        var lastParagraph = File.ReadLines(Path.Combine(_site.Source, GeneratedInputs.HugeDocumentName)).Last(l => l.Length > 0);
        Assert.That(html, Does.Contain("Community volunteers mapped water points"));
        Assert.That(html, Does.Contain(lastParagraph), "the end of the 10 MB document is on its page");
    }

    [Test]
    public void Ten_thousand_tags_are_cut_to_the_limit_instead_of_becoming_ten_thousand_pages()
    {
        var html = File.ReadAllText(_site.PageOf(GeneratedInputs.TenThousandTagsName)!);
        Assert.That(html, Does.Contain("generated topic 0"));
        Assert.That(html, Does.Not.Contain("generated topic 9999"));
        var topicPages = Directory.GetDirectories(Path.Combine(_site.Output, "thematic-areas"), "generated-topic-*").Length;
        Assert.That(topicPages, Is.InRange(1, SdgArchive.Security.InputLimits.Default.MaxTags));
    }
}

/// <summary>Only <c>--strict</c> turns the warnings of broken input into a failing exit code; the published site is then left as it was.</summary>
[NonParallelizable]
public class StrictBuildTests
{
    [Test]
    public void Warnings_fail_only_a_strict_build_and_it_leaves_the_site_untouched()
    {
        using var site = SandboxedSite.From("strict", source =>
        {
            foreach (var file in Directory.EnumerateFiles(RepoPaths.Seeds)) File.Copy(file, Path.Combine(source, Path.GetFileName(file)));
            File.Copy(Path.Combine(RepoPaths.TestCorpus("broken"), "latlng-nan-infinity.txt"), Path.Combine(source, "latlng-nan-infinity.txt"));
        });
        Assert.That(site.ExitCode, Is.EqualTo(0), "a build with warnings succeeds without --strict");
        var before = FolderHashes.Of(site.Output);

        site.Build("--strict");

        Assert.That(site.ExitCode, Is.Not.EqualTo(0), "--strict must fail on warnings");
        Assert.That(site.ErrorText, Does.Contain("warning SDG012"));
        Assert.That(FolderHashes.Of(site.Output), Is.EqualTo(before), "a failed build must leave the published site as it was");
    }
}
