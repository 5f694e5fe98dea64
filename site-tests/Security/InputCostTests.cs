using System.Diagnostics;
using System.Text;
using SdgArchive.Commands;
using SdgArchive.Diagnostics;
using SdgArchive.Reading;

namespace SdgArchive.SiteTests.Security;

/// <summary>
/// A small input never costs more than its size: limits are enforced on the raw text before parsing, and what was
/// quadratic is linear (issue 15 measured 28 s for 10,000 points, 8.6 s for 20,000 countries, a stalled social card
/// for a 20 KB country name). Also: wide Unicode encodings are read instead of skipped as binary.
/// </summary>
[NonParallelizable]
public class InputCostTests
{
    private static (IReadOnlyList<Model.ArchiveDocument> Documents, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed) Read(string name, string text)
    {
        var folder = TempFolder.WithFiles("cost", new Dictionary<string, string> { [name] = text });
        var bag = new DiagnosticBag();
        var clock = Stopwatch.StartNew();
        var documents = ArchiveReader.ReadFolder(folder, bag, displayRoot: "src");
        return (documents, bag.Sorted(), clock.Elapsed);
    }

    [Test]
    public void Ten_thousand_points_are_cut_to_the_tag_limit_before_parsing()
    {
        var text = "# Points\n\n[[type:solution]]\n[[country:Kenya]]\n"
            + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"[[latlng:{-1 + i * 0.0001:0.0000},{37 + i * 0.0001:0.0000}]]\n"));
        var (documents, diagnostics, elapsed) = Read("points.txt", text);
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        Assert.That(diagnostics.Select(d => d.ToString()), Has.Some.StartsWith("src/points.txt(503,1): warning SDG019"));
        var points = documents.Single().Places.Sum(p => p.Points.Count) + documents.Single().UnplacedPoints.Count;
        Assert.That(points, Is.LessThanOrEqualTo(500), "points escape the tag limit no more");
    }

    [Test]
    public void Twenty_thousand_countries_are_read_in_linear_time()
    {
        var text = "# Countries\n\n[[type:solution]]\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"[[country:Place {i}]]\n"));
        var (documents, diagnostics, elapsed) = Read("countries.txt", text);
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        Assert.That(documents.Single().Places, Has.Count.LessThanOrEqualTo(500));
        Assert.That(diagnostics.Count(d => d.Code == DiagnosticCodes.TooManyTags), Is.EqualTo(1));
    }

    [Test]
    public void A_term_value_over_the_length_limit_is_cut_before_parsing_and_reported_at_its_tag()
    {
        var text = "# Long values\n\n[[type:solution]]\n[[country:Kenya]] [[methods:" + new string('m', 20_000) + "]]\n"
            + "[[thematic_areas:water\n" + new string('t', 300) + "]]\n"
            + "[[ai_summary:" + new string('s', 5_000) + "]]\n## Description\n\n> What is the solution?\n\nText.\n";
        var (documents, diagnostics, elapsed) = Read("long.txt", text);
        var document = documents.Single();
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        Assert.That(diagnostics.Where(d => d.Code == DiagnosticCodes.TagValueTooLong).Select(d => d.Span.ToString()),
            Is.EqualTo(new[] { "src/long.txt(4,19)", "src/long.txt(5,1)" }));
        Assert.That(document.Methods, Is.Empty);
        Assert.That(document.ThematicAreas, Is.Empty);
        Assert.That(document.Countries, Is.EqualTo(new[] { "Kenya" }));
        Assert.That(document.TagValues("ai_summary").Single(), Has.Length.EqualTo(5_000), "text tags have a larger limit");
        Assert.That(diagnostics.Where(d => d.Code == DiagnosticCodes.UnclosedTag), Is.Empty, "nothing of the cut tags is left behind");
        Assert.That(document.Body, Does.Not.Contain("mmmm").And.Not.Contain("tttt"));
    }

    [Test]
    public void No_real_document_loses_a_tag_to_the_tag_limits()
    {
        var files = Directory.EnumerateFiles(RepoPaths.RequireCorpus()).Concat(Directory.EnumerateFiles(RepoPaths.Seeds)).ToList();
        var cut = files.Where(file =>
        {
            var bytes = File.ReadAllBytes(file);
            var problems = new List<Diagnostic>();
            return !ReferenceEquals(bytes, SdgArchive.Security.TagBudget.Limit(bytes, SdgArchive.Security.InputLimits.Default, file, problems))
                || problems.Count > 0;
        });
        Assert.That(cut, Is.Empty);
    }

    [TestCase("utf-16le")]
    [TestCase("utf-16be")]
    [TestCase("utf-32le")]
    [TestCase("utf-32be")]
    public void Wide_encodings_with_a_byte_order_mark_are_read(string encodingName)
    {
        var encoding = encodingName switch
        {
            "utf-16le" => (Encoding)new UnicodeEncoding(false, true),
            "utf-16be" => new UnicodeEncoding(true, true),
            "utf-32le" => new UTF32Encoding(false, true),
            _ => new UTF32Encoding(true, true),
        };
        var folder = TempFolder.Create("wide");
        var text = "# Ação comunitária en Côte d’Ivoire 🌍\n\n[[type:solution]]\n[[country:Côte d'Ivoire]]\n## Description\n\nTexte.\n";
        File.WriteAllBytes(Path.Combine(folder, "wide.txt"), [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
        var bag = new DiagnosticBag();
        var document = ArchiveReader.ReadFolder(folder, bag).SingleOrDefault();
        Assert.That(document, Is.Not.Null, string.Join('\n', bag.Sorted()));
        Assert.That(document!.Title.Text, Is.EqualTo("Ação comunitária en Côte d’Ivoire 🌍"));
        Assert.That(bag.Sorted().Where(d => d.Code == DiagnosticCodes.BinaryFile), Is.Empty);
    }

    [Test]
    public void A_twenty_kilobyte_country_name_does_not_stall_the_social_card()
    {
        var root = TempFolder.Create("long-country");
        var source = Path.Combine(root, "src");
        Directory.CreateDirectory(source);
        File.WriteAllText(Path.Combine(source, "country.txt"), "# Long country\n\n[[type:solution]]\n[[country:" + new string('x', 20_000) + "]]\n\nText.\n");
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var clock = Stopwatch.StartNew();
        var code = BuildCommand.Run(new CommandLine(["--source", source, "--out", Path.Combine(root, "out"), "--cache", Path.Combine(root, "cache"),
            "--templates", RepoPaths.Templates, "--content", RepoPaths.Content, "--no-search"]), output, errors);
        Assert.That(code, Is.EqualTo(0), errors.ToString());
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)), "it did not finish in 100 s before");
        Assert.That(Directory.EnumerateFiles(Path.Combine(root, "out", "cards"), "*.png"), Is.Not.Empty);
    }
}
