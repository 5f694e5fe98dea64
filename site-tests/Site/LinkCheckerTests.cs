using SdgArchive.Diagnostics;
using SdgArchive.Output;

namespace SdgArchive.SiteTests.Site;

/// <summary>Which links of a rendered page the checker follows, and which it leaves alone.</summary>
public class LinkCheckerTests
{
    private static readonly HashSet<string> Files = ["index.html", "documents/a/index.html", "assets/site.css"];

    private static IReadOnlyList<string> Broken(string html)
    {
        var checker = new LinkChecker("/");
        checker.Collect("page/index.html", html);
        var diagnostics = new DiagnosticBag();
        checker.Check(Files.Contains, "/tmp/site", diagnostics);
        return diagnostics.Sorted().Select(d => d.Message.Split('"')[1]).ToList();
    }

    [Test]
    public void Internal_href_and_src_attributes_are_checked_and_the_missing_ones_reported()
    {
        var html = "<a href=\"/documents/a/\">a</a><a href=\"/documents/b/\">b</a>"
            + "<img src=\"/assets/gone.png\" alt=\"\"><link rel=\"stylesheet\" href=\"/assets/site.css\">"
            + "<a class=\"x\" href=\"/documents/c/#top\">c</a>";
        Assert.That(Broken(html), Is.EquivalentTo(new[] { "/assets/gone.png", "/documents/b/", "/documents/c/#top" }));
    }

    [Test]
    public void Attributes_that_only_end_in_href_or_src_and_outside_links_are_not_followed()
    {
        var html = "<div data-href=\"/nowhere/\" data-src=\"/nowhere.png\"></div><a xhref=\"/no/\">x</a>"
            + "<a href=\"https://example.org/missing/\">out</a><a href=\"//cdn.example.org/x.js\">cdn</a>"
            + "<a href=\"#top\">top</a><a href=\"\">empty</a>";
        Assert.That(Broken(html), Is.Empty);
    }

    [Test]
    public void An_escaped_ampersand_in_a_link_is_read_as_the_browser_reads_it()
    {
        Assert.That(Broken("<a title=\"t\" href=\"/q?a=1&amp;b=2\">q</a>"), Is.EqualTo(new[] { "/q?a=1&b=2" }));
    }
}
