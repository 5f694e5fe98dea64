using SdgArchive.Diagnostics;
using SdgArchive.Model;
using SdgArchive.Reading;

namespace SdgArchive.SiteTests.Security;

/// <summary>
/// Every broken file in <c>Corpora/broken</c> (plus the generated 10 MB and 10,000-tag documents) is read next to the
/// seeds: each problem is reported where it is, and the good documents are all still read.
/// </summary>
public class BrokenInputReadingTests
{
    private string _source = "";
    private IReadOnlyList<ArchiveDocument> _documents = [];
    private IReadOnlyList<Diagnostic> _diagnostics = [];

    [OneTimeSetUp]
    public void ReadBrokenCorpusWithSeeds()
    {
        _source = TempFolder.Create("broken");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.TestCorpus("broken"), "*.txt"))
            File.Copy(file, Path.Combine(_source, Path.GetFileName(file)));
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Seeds))
            File.Copy(file, Path.Combine(_source, Path.GetFileName(file)));
        GeneratedInputs.WriteHugeDocument(_source);
        GeneratedInputs.WriteTenThousandTags(_source);

        var bag = new DiagnosticBag();
        _documents = ArchiveReader.ReadFolder(_source, bag, displayRoot: "src");
        _diagnostics = bag.Sorted();
    }

    [OneTimeTearDown]
    public void RemoveSource() => TempFolder.Remove(_source);

    [TestCase("empty.txt", DiagnosticCodes.EmptyFile, 1)]
    [TestCase("bom-and-whitespace-only.txt", DiagnosticCodes.EmptyFile, 1)]
    [TestCase("binary.txt", DiagnosticCodes.BinaryFile, 3)]
    [TestCase("invalid-utf8.txt", DiagnosticCodes.InvalidUtf8, 6)]
    [TestCase("unclosed-code-fence.txt", DiagnosticCodes.UnclosedCodeFence, 11)]
    [TestCase("unclosed-tag-brackets.txt", DiagnosticCodes.UnclosedTag, 5)]
    [TestCase("latlng-nan-infinity.txt", DiagnosticCodes.BadLatLng, 6)]
    public void Each_broken_file_is_reported_at_its_location(string file, string code, int line)
    {
        var reported = _diagnostics.Where(d => d.Span.Path == "src/" + file && d.Code == code).ToList();
        Assert.That(reported, Is.Not.Empty, $"no {code} for {file}; got: {string.Join(" | ", _diagnostics.Where(d => d.Span.Path.EndsWith(file)))}");
        Assert.That(reported[0].Span.Line, Is.EqualTo(line), reported[0].ToString());
        Assert.That(reported[0].Severity, Is.EqualTo(Severity.Warning), "broken input warns; only --strict makes it fail the build");
    }

    [TestCase("empty.txt")]
    [TestCase("bom-and-whitespace-only.txt")]
    [TestCase("binary.txt")]
    public void Unreadable_files_are_skipped(string file) =>
        Assert.That(_documents.Select(d => d.SourcePath), Does.Not.Contain(file));

    [TestCase("invalid-utf8.txt")]
    [TestCase("unclosed-code-fence.txt")]
    [TestCase("unclosed-div.txt")]
    [TestCase("unclosed-tag-brackets.txt")]
    [TestCase("latlng-nan-infinity.txt")]
    [TestCase(GeneratedInputs.HugeDocumentName)]
    [TestCase(GeneratedInputs.TenThousandTagsName)]
    public void Damaged_but_readable_files_still_become_documents(string file) =>
        Assert.That(_documents.Select(d => d.SourcePath), Does.Contain(file));

    [Test]
    public void Every_seed_is_still_read()
    {
        var seeds = Directory.EnumerateFiles(RepoPaths.Seeds).Select(Path.GetFileName).ToList();
        Assert.That(seeds, Has.Count.EqualTo(5));
        Assert.That(_documents.Select(d => d.SourcePath), Is.SupersetOf(seeds));
    }

    [Test]
    public void Invalid_bytes_become_replacement_characters_and_the_rest_of_the_text_survives()
    {
        var document = _documents.Single(d => d.SourcePath == "invalid-utf8.txt");
        Assert.That(document.Body, Does.Contain("\uFFFD"));
        Assert.That(document.Body, Does.Contain("The rest of the document is readable."));
    }

    [Test]
    public void A_point_of_NaN_and_Infinity_is_dropped_but_its_country_kept()
    {
        var document = _documents.Single(d => d.SourcePath == "latlng-nan-infinity.txt");
        Assert.That(document.AllPoints, Is.Empty);
        Assert.That(document.Countries, Is.EquivalentTo(new[] { "Kenya" }));
    }

    [Test]
    public void The_tag_left_open_keeps_the_tags_after_it()
    {
        var document = _documents.Single(d => d.SourcePath == "unclosed-tag-brackets.txt");
        Assert.That(document.ThematicAreas, Does.Contain("energy"));
    }

    [Test]
    public void Ten_thousand_tags_are_cut_to_the_first_ones_in_source_order()
    {
        var limit = SdgArchive.Security.InputLimits.Default.MaxTags;
        var document = _documents.Single(d => d.SourcePath == GeneratedInputs.TenThousandTagsName);
        Assert.That(document.Tags.Values.Sum(v => v.Count), Is.EqualTo(limit));
        Assert.That(document.Types, Is.EqualTo(new[] { "blog" }), "tags before the cut keep their meaning");
        Assert.That(document.ThematicAreas, Has.Count.EqualTo(limit - 2));
        Assert.That(document.ThematicAreas[0], Is.EqualTo("generated topic 0"));
        Assert.That(_diagnostics.Where(d => d.Code == DiagnosticCodes.TooManyTags).Select(d => d.Span.Line), Is.EqualTo(new[] { 503 }));
    }
}
