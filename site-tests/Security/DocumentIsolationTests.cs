using System.Diagnostics;
using System.Xml.Linq;
using SdgArchive.Diagnostics;
using SdgArchive.Reading;

namespace SdgArchive.SiteTests.Security;

/// <summary>
/// One document never stops the build: each of these ended it with an unhandled exception, exit 134 and nothing
/// published (issue 15). Now the document is reported where it is, and every page, its own included, is built.
/// </summary>
[NonParallelizable]
public class DocumentIsolationTests
{
    private static readonly Dictionary<string, string> Hostile = new()
    {
        ["brackets.txt"] = "# Brackets\n\n[[type:solution]]\n## Description\n\n> What is the solution?\n\n" + new string('[', 128) + " after the brackets\n",
        ["nested-lists.txt"] = "# Nested lists\n\n[[type:solution]]\n## Description\n\n> What is the solution?\n\n"
            + string.Concat(Enumerable.Range(0, 150).Select(i => new string(' ', 2 * i) + "- item\n")),
        ["list-markers.txt"] = "# List markers\n\n[[type:solution]]\n## Description\n\n> What is the solution?\n\n"
            + string.Concat(Enumerable.Repeat("- ", 150)) + "deep\n",
        ["control-characters.txt"] = "# Escape \u001b and bell \u0007 in the title\n\n[[type:solution]]\n[[methods:odd \u0008 method]]\n## Description\n\n> What is the solution?\n\nText.\n",
    };

    private SandboxedSite _site = null!;

    [OneTimeSetUp]
    public void Build() => _site = SandboxedSite.From("isolation", source =>
    {
        foreach (var seed in Directory.EnumerateFiles(RepoPaths.Seeds)) File.Copy(seed, Path.Combine(source, Path.GetFileName(seed)));
        foreach (var (name, text) in Hostile) File.WriteAllText(Path.Combine(source, name), text);
    });

    [OneTimeTearDown]
    public void Remove() => _site.Dispose();

    [Test]
    public void The_build_succeeds_and_every_seed_has_its_page()
    {
        Assert.That(_site.ExitCode, Is.EqualTo(0), _site.ErrorText);
        var seeds = Directory.EnumerateFiles(RepoPaths.Seeds).Select(Path.GetFileName).ToList();
        Assert.That(seeds.Where(s => _site.PageOf(s!) is null), Is.Empty);
    }

    [TestCase("brackets.txt")]
    [TestCase("nested-lists.txt")]
    [TestCase("list-markers.txt")]
    [TestCase("control-characters.txt")]
    public void A_hostile_document_gets_its_page_or_a_warning_at_its_path(string file)
    {
        var folder = _site.Source;
        var page = File.Exists(Path.Combine(folder, file)) ? PageFor(file) : null;
        if (page is not null) return;
        Assert.That(_site.ErrorText.Split('\n'), Has.Some.StartsWith($"{folder}/{file}(1,1): warning {DiagnosticCodes.DocumentFailed}:"));
    }

    /// <summary>The page of a document read from <paramref name="file"/> (null when the reader could not read it).</summary>
    private string? PageFor(string file) => _site.Documents.Any(d => d.SourcePath == file) ? _site.PageOf(file) : null;

    [Test]
    public void Strict_fails_on_such_a_document()
    {
        Assume.That(_site.ErrorText, Does.Contain($"warning {DiagnosticCodes.DocumentFailed}:"), "no document failed to read");
        _site.Build("--strict");
        try { Assert.That(_site.ExitCode, Is.EqualTo(1)); }
        finally { _site.Build(); }
    }

    [TestCase("feed.xml")]
    [TestCase("sitemap.xml")]
    public void Xml_outputs_parse_and_hold_no_forbidden_control_characters(string file)
    {
        var text = File.ReadAllText(Path.Combine(_site.Output, file));
        Assert.That(text.Where(c => c < ' ' && c is not ('\t' or '\n' or '\r')), Is.Empty);
        Assert.DoesNotThrow(() => XDocument.Parse(text));
        if (file == "feed.xml") Assert.That(text, Does.Contain("Escape  and bell  in the title"));
    }

    [Test]
    public void Thirty_four_thousand_unclosed_anchors_are_read_in_linear_time()
    {
        // 102 KB; every match attempt of the unclosed-HTML check ran to the end of the line: 38 s before.
        var folder = TempFolder.WithFiles("anchors", new Dictionary<string, string>
        {
            ["anchors.txt"] = "# Anchors\n\n[[type:solution]]\n\n" + string.Concat(Enumerable.Repeat("<a ", 34_000)) + "\n",
        });
        var clock = Stopwatch.StartNew();
        var documents = ArchiveReader.ReadFolder(folder, new DiagnosticBag());
        Assert.That(documents, Has.Count.EqualTo(1));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), "reading one 102 KB document");
    }
}
