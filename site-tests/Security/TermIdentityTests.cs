using AngleSharp.Html.Parser;
using SdgArchive.Diagnostics;
using SdgArchive.Reading;

namespace SdgArchive.SiteTests.Security;

/// <summary>
/// A slug never merges terms that differ in meaning (issue 15: "C++", "C#" and "C" were one term and one page), and
/// two different terms whose names make the same slug get distinct, stable addresses with a warning at the tag.
/// </summary>
[NonParallelizable]
public class TermIdentityTests
{
    private static string Document(string title, string method) =>
        $"# {title}\n\n[[type:solution]]\n[[year:2022]]\n[[methods:{method}]]\n## Description\n\n> What is the solution?\n\nText about {title}.\n";

    private SandboxedSite _site = null!;

    [OneTimeSetUp]
    public void Build() => _site = SandboxedSite.From("terms", source =>
    {
        File.WriteAllText(Path.Combine(source, "cpp.txt"), Document("Teaching plus plus", "C++"));
        File.WriteAllText(Path.Combine(source, "csharp.txt"), Document("Teaching sharp", "C#"));
        File.WriteAllText(Path.Combine(source, "c.txt"), Document("Teaching C", "C"));
        File.WriteAllText(Path.Combine(source, "c-again.txt"), Document("Teaching c again", "c."));
        File.WriteAllText(Path.Combine(source, "rd-symbol.txt"), Document("Labs and R&D", "R&D"));
        File.WriteAllText(Path.Combine(source, "rd-words.txt"), Document("Labs and R and D", "R and D"));
    });

    [OneTimeTearDown]
    public void Remove() => _site.Dispose();

    private IReadOnlyList<string> TitlesOn(string urlPath)
    {
        var file = Path.Combine(_site.Output, urlPath.Trim('/'), "index.html");
        Assert.That(File.Exists(file), Is.True, $"{urlPath} was not built; {string.Join(", ", Directory.GetDirectories(Path.Combine(_site.Output, "methods")).Select(Path.GetFileName))}");
        var page = new HtmlParser().ParseDocument(File.ReadAllText(file));
        return page.QuerySelectorAll("main a[href*='/documents/']").Select(a => a.TextContent.Trim()).Where(t => t.StartsWith("Teaching", StringComparison.Ordinal) || t.StartsWith("Labs", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    [Test]
    public void C_plus_plus_C_sharp_and_C_are_three_terms_with_their_own_pages()
    {
        Assert.That(_site.ExitCode, Is.EqualTo(0), _site.ErrorText);
        Assert.That(TitlesOn("/methods/c-plus-plus/"), Is.EqualTo(new[] { "Teaching plus plus" }));
        Assert.That(TitlesOn("/methods/c-sharp/"), Is.EqualTo(new[] { "Teaching sharp" }));
        // "C" is too short for a slug of its own (one letter): it gets the stable hashed one.
        var c = TermCatalog.Slugs(new Dictionary<string, string> { ["c"] = "C" })["c"];
        Assert.That(TitlesOn($"/methods/{c}/"), Is.EqualTo(new[] { "Teaching C", "Teaching c again" }), "spelling and trailing punctuation still fold");
    }

    [Test]
    public void Terms_whose_names_make_the_same_slug_get_numbered_addresses_and_a_warning_at_the_tag()
    {
        // Keys in ordinal order: "randd" < "rd", so "R and D" keeps r-and-d and "R&D" is numbered.
        Assert.That(TitlesOn("/methods/r-and-d/"), Is.EqualTo(new[] { "Labs and R and D" }));
        Assert.That(TitlesOn("/methods/r-and-d-2/"), Is.EqualTo(new[] { "Labs and R&D" }));
        Assert.That(_site.DiagnosticLinesFor("rd-symbol.txt"),
            Has.One.StartsWith($"{_site.Source}/rd-symbol.txt(5,11): warning {DiagnosticCodes.SlugCollision}: methods \"R&D\" and \"R and D\""));
        Assert.That(_site.DiagnosticLinesFor("rd-words.txt"), Is.Empty);
    }

    [Test]
    public void Term_identity_and_slug_rules()
    {
        Assert.That(new[] { "C++", "C#", "C", "c", "C.", "F#", "A+", "Notepad++" }.Select(TermKey.Of),
            Is.EqualTo(new[] { "c++", "c#", "c", "c", "c", "f#", "a+", "notepad++" }));
        Assert.That(TermKey.Of("health+education"), Is.EqualTo(TermKey.Of("health education")), "inside a word + is spacing");
        Assert.That(TermKey.Of("#hashtag"), Is.EqualTo(TermKey.Of("hashtag")));
        var slugs = TermCatalog.Slugs(new Dictionary<string, string> { ["c++"] = "C++", ["c#"] = "C#", ["cobol"] = "COBOL", ["a+"] = "A+ grade" });
        Assert.That(slugs, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["c++"] = "c-plus-plus", ["c#"] = "c-sharp", ["cobol"] = "cobol", ["a+"] = "a-plus-grade",
        }));
    }

    [Test]
    public void The_real_archive_has_no_term_slug_collisions()
    {
        var bag = new DiagnosticBag();
        ArchiveReader.ReadFolder(RepoPaths.RequireCorpus(), bag);
        Assert.That(bag.Sorted().Where(d => d.Code == DiagnosticCodes.SlugCollision && d.Severity == Severity.Warning).Select(d => d.ToString()), Is.Empty);
    }
}
