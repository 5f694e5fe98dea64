using AngleSharp.Html.Parser;
using SdgArchive.Diagnostics;

namespace SdgArchive.SiteTests.Security;

/// <summary>
/// Right-to-left override and other bidirectional controls in a title or a tag value make it display as other text
/// (issue 15: a country <c>U+202E ecnarf</c> showed as "france"). They are removed there, with a warning at the place.
/// </summary>
[NonParallelizable]
public class BidiControlTests
{
    private SandboxedSite _site = null!;

    [OneTimeSetUp]
    public void Build() => _site = SandboxedSite.From("bidi", source => File.WriteAllText(Path.Combine(source, "override.txt"),
        "# Water \u202Eecnarf\u202C project\n\n[[type:solution]]\n[[year:2022]]\n[[country:\u202Eecnarf]]\n[[methods:\u2067Mapping\u2069 \u200Fwalks]]\n"
        + "## Description\n\n> What is the solution?\n\nThe text keeps its marks: \u200F.\n"));

    [OneTimeTearDown]
    public void Remove() => _site.Dispose();

    private static bool HasControl(string text) => text.Any(SdgArchive.Security.BidiControls.Is);

    [Test]
    public void Titles_and_terms_are_shown_without_them()
    {
        Assert.That(_site.ExitCode, Is.EqualTo(0), _site.ErrorText);
        var html = File.ReadAllText(_site.PageOf("override.txt")!);
        var page = new HtmlParser().ParseDocument(html);
        Assert.That(page.QuerySelector("h1")!.TextContent.Trim(), Is.EqualTo("Water ecnarf project"));
        Assert.That(page.Title, Does.Not.Match("[\u200E\u200F\u202A-\u202E\u2066-\u2069]"));
        var termLinks = page.QuerySelectorAll("a[href*='/countries/'], a[href*='/methods/']").Select(a => a.TextContent.Trim()).ToList();
        Assert.That(termLinks, Does.Contain("ecnarf").And.Contain("Mapping walks"));
        Assert.That(termLinks.Where(HasControl), Is.Empty);
        // Right-to-left names that are real (an Arabic country) are isolated, so they cannot reorder the text around them.
        Assert.That(page.QuerySelectorAll("dd ul.tag-list a.tag").Select(a => a.GetAttribute("dir")), Is.Not.Empty.And.All.EqualTo("auto"));
        Assert.That(HasControl(File.ReadAllText(Path.Combine(_site.Output, "feed.xml"))), Is.False);
        Assert.That(html, Does.Contain("marks: \u200F."), "running text keeps its marks");
    }

    [Test]
    public void Each_removal_is_a_warning_at_its_place()
    {
        var lines = _site.DiagnosticLinesFor("override.txt").Where(l => l.Contains(DiagnosticCodes.BidiControlsRemoved)).ToList();
        Assert.That(lines.Select(l => l[..l.IndexOf(':')]), Is.EqualTo(new[]
        {
            $"{_site.Source}/override.txt(1,3)", $"{_site.Source}/override.txt(5,11)", $"{_site.Source}/override.txt(6,11)",
        }));
        Assert.That(lines, Has.All.Contains("warning"));
    }
}
