using System.Diagnostics;
using System.Xml.Linq;
using SdgArchive.Diagnostics;
using SdgArchive.Reading;
using SdgArchive.Security;

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
        ["brackets.txt"] = "# Brackets\n\n[[type:solution]]\n## Description\n\n> What is the solution?\n\n" + new string('[', 128) + " deep after the brackets\n",
        ["nested-lists.txt"] = "# Nested lists\n\n[[type:solution]]\n## Description\n\n> What is the solution?\n\n"
            + string.Concat(Enumerable.Range(0, 150).Select(i => new string(' ', 2 * i) + "- item\n")) + "deep\n",
        ["list-markers.txt"] = "# List markers\n\n[[type:solution]]\n## Description\n\n> What is the solution?\n\n"
            + string.Concat(Enumerable.Repeat("- ", 150)) + "deep\n",
        ["deep-quotes.txt"] = "# Deep quotes\n\n[[type:solution]]\n## Description\n\n> What is the solution?\n\n"
            + string.Concat(Enumerable.Repeat("> ", 200)) + "deep\n",
        ["deep-emphasis.txt"] = "# Deep emphasis\n\n[[type:solution]]\n## Description\n\n> What is the solution?\n\n"
            + string.Concat(Enumerable.Repeat("**", 200)) + "deep" + string.Concat(Enumerable.Repeat("**", 200)) + "\n",
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
    [TestCase("deep-quotes.txt")]
    [TestCase("deep-emphasis.txt")]
    [TestCase("control-characters.txt")]
    public void A_hostile_document_gets_its_page_with_its_words(string file)
    {
        var page = _site.PageOf(file);
        Assert.That(page, Is.Not.Null, string.Join('\n', _site.DiagnosticLinesFor(file)));
        if (file != "control-characters.txt") Assert.That(File.ReadAllText(page!), Does.Contain("deep"));
        Assert.That(_site.ErrorText, Does.Not.Contain($"{DiagnosticCodes.DocumentFailed}:"));
    }

    /// <summary>Where the nesting first goes past 32 levels: the line of the 33rd marker and its column.</summary>
    [TestCase("brackets.txt", 8, 33)]
    [TestCase("nested-lists.txt", 40, 65)]
    [TestCase("list-markers.txt", 8, 65)]
    [TestCase("deep-quotes.txt", 8, 65)]
    [TestCase("deep-emphasis.txt", 8, 1)]
    public void Nesting_past_the_limit_is_reported_where_it_goes_past(string file, int line, int column)
    {
        Assert.That(_site.DiagnosticLinesFor(file),
            Has.One.StartsWith($"{_site.Source}/{file}({line},{column}): warning {DiagnosticCodes.NestingTooDeep}:"));
    }

    [Test]
    public void No_real_document_is_changed_by_the_nesting_limit()
    {
        var files = Directory.EnumerateFiles(RepoPaths.RequireCorpus()).Concat(Directory.EnumerateFiles(RepoPaths.Seeds)).ToList();
        var changed = files.Where(file =>
        {
            var text = File.ReadAllText(file).Replace("\r\n", "\n");
            var problems = new List<Diagnostic>();
            return !ReferenceEquals(text, NestingLimit.Apply(text, InputLimits.Default.MaxNestingDepth, file, problems)) || problems.Count > 0;
        });
        Assert.That(files, Has.Count.GreaterThan(400));
        Assert.That(changed, Is.Empty);
    }

    [Test]
    public void The_last_resort_flattening_leaves_nothing_for_Markdig_to_refuse()
    {
        var deep = "# Title\n\n[[type:solution]]\n" + string.Concat(Enumerable.Range(0, 150).Select(i => new string(' ', 2 * i) + "- > [*x\n"));
        Assert.Throws<ArgumentException>(() => Markdig.Markdown.Parse(deep, Syntax.ArchiveMarkdown.Documents));
        var flat = NestingLimit.Flatten(deep);
        Assert.DoesNotThrow(() => Markdig.Markdown.Parse(flat, Syntax.ArchiveMarkdown.Documents));
        Assert.That(flat, Does.StartWith("# Title\n\n[[type:solution]]\n\\- \\> \\[\\*x\n"));
    }

    [Test]
    public void Strict_fails_on_such_a_document()
    {
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
    public void Five_thousand_unclosed_containers_are_counted_not_listed_one_by_one()
    {
        var folder = TempFolder.WithFiles("divs", new Dictionary<string, string>
        {
            ["divs.txt"] = "# Divs\n\n[[type:solution]]\n\n" + string.Concat(Enumerable.Repeat("<div>", 5_000)) + "\n",
        });
        var bag = new DiagnosticBag();
        ArchiveReader.ReadFolder(folder, bag);
        var unclosed = bag.Sorted().Where(d => d.Code == DiagnosticCodes.UnclosedHtml).ToList();
        Assert.That(unclosed, Has.Count.EqualTo(11));
        Assert.That(unclosed[^1].Message, Does.Contain("and 4989 more"));
        Assert.That(unclosed[^1].Span.Column, Is.EqualTo(51));
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
