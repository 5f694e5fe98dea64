using System.Text;
using SdgArchive.Diagnostics;
using SdgArchive.Model;
using SdgArchive.Reading;
using static SdgArchive.SiteTests.Reading.ReaderTestKit;

namespace SdgArchive.SiteTests.Reading;

/// <summary>Encodings, body structure, slugs and the diagnostics format.</summary>
public class SourceRuleTests
{
    private const string Sample = "# Café title\n[[type:blog]]\n[[country:Peru]]\n[[latlng:-9.1,-74.3]]\n\n> Question?\n\nAnswer.\n";

    private static ArchiveDocument ReadBytes(byte[] bytes) => DocumentReader.Read("doc.md", bytes).Document!;

    [Test]
    public void Bom_crlf_and_cr_files_read_exactly_like_lf_files()
    {
        var lf = Read(Sample);
        var bom = ReadBytes([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)]);
        var crlf = Read(Sample.Replace("\n", "\r\n"));
        var cr = Read(Sample.Replace("\n", "\r"));
        foreach (var other in new[] { bom, crlf, cr })
        {
            Assert.That(other.Title, Is.EqualTo(lf.Title));
            Assert.That(other.Types, Is.EqualTo(lf.Types));
            Assert.That(other.AllPoints, Is.EqualTo(lf.AllPoints));
            Assert.That(other.Body, Is.EqualTo(lf.Body));
            Assert.That(other.Diagnostics, Is.Empty);
        }
        Assert.That(bom.Title.Text, Is.EqualTo("Café title"));
    }

    [Test]
    public void Invalid_utf8_bytes_are_replaced_with_a_warning_at_their_line()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("# Title\n\nbad "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" byte\n")];
        var document = ReadBytes(bytes);
        Assert.That(document.Body, Does.Contain("bad \uFFFD( byte"));
        var warning = document.Diagnostics.Single(d => d.Code == DiagnosticCodes.InvalidUtf8);
        Assert.That((warning.Severity, warning.Span.Line, warning.Span.Column), Is.EqualTo((Severity.Warning, 3, 5)));
    }

    [Test]
    public void A_binary_file_is_skipped_with_a_diagnostic()
    {
        var result = DocumentReader.Read("image.png", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]);
        Assert.That(result.Document, Is.Null);
        Assert.That(result.Diagnostics.Single().Code, Is.EqualTo(DiagnosticCodes.BinaryFile));
    }

    [TestCase("")]
    [TestCase("   \n\r\n\t ")]
    public void An_empty_file_is_skipped_with_a_diagnostic(string text)
    {
        var result = DocumentReader.Read("empty.md", Encoding.UTF8.GetBytes(text));
        Assert.That(result.Document, Is.Null);
        Assert.That(result.Diagnostics.Single().Code, Is.EqualTo(DiagnosticCodes.EmptyFile));
    }

    [Test]
    public void Prompts_answers_and_unanswered_prompts_are_told_apart()
    {
        var document = Read("# X\n## Challenge statement\n\n> Challenge statement: What is your challenge?\n> (Please answer in specific terms.)\n\nOur challenge is that...\n\n> Quantitative evidence: What data?\n\n> Qualitative evidence: What signals?\n\nWeak signals.\n");
        var items = document.Sections.Single(s => s.Heading == "Challenge statement").Items;
        Assert.That(items.Select(i => (i.Prompt, i.IsAnswered)), Is.EqualTo(new (string?, bool)[]
        {
            ("Challenge statement: What is your challenge? (Please answer in specific terms.)", true),
            ("Quantitative evidence: What data?", false),
            ("Qualitative evidence: What signals?", true),
        }));
        Assert.That(items[0].Answer, Is.EqualTo("Our challenge is that..."));
    }

    [Test]
    public void Group_divs_frame_repeated_sub_forms_and_are_not_answers()
    {
        var document = Read("# X\n## Partners\n\n> Who are your top 5 partners?\n\n<div class=\"group\">\n\n> Please state the name of the partner:\n\nFood For Fighters\n\n</div>\n\n<div class=\"group\">\n\n> What sector does our partner belong to?\n\n</div>\n\n> Quantitative evidence: What data?\n\n<div class=\"group\">\n\n> \n\nhttps://example.org/data.pdf\n\n</div>\n");
        var items = document.Sections.Single().Items;
        Assert.That(items.Select(i => (i.Prompt, i.IsAnswered, i.Group)), Is.EqualTo(new (string?, bool, int)[]
        {
            ("Who are your top 5 partners?", false, 0),
            ("Please state the name of the partner:", true, 1),
            ("What sector does our partner belong to?", false, 2),
            ("Quantitative evidence: What data?", true, 0),
        }));
        Assert.That(items[1].Answer, Is.EqualTo("Food For Fighters"));
        Assert.That(items[3].Answer, Is.EqualTo("https://example.org/data.pdf"), "an empty prompt inside a group asks nothing: the text answers the question before it");
        Assert.That(document.Body, Does.Contain("<div class=\"group\">"), "the body keeps the blocks");
    }

    [Test]
    public void Option_lists_and_images_are_kept_and_empty_star_lines_dropped()
    {
        var document = Read("# X\n## Learning questions\n****\n> To what stage(s)?\n\n- Sense\n- Explore\n\n![Missing alt text](https://example.org/a.png)\n****\n");
        var item = document.Sections.Single().Items.Single();
        Assert.That(item.Answer, Does.Contain("- Sense\n- Explore").And.Contain("![Missing alt text](https://example.org/a.png)"));
        Assert.That(document.Body, Does.Not.Contain("****"), "Markdown would draw them as rules");
        Assert.That(document.Body.Split('\n'), Has.Length.EqualTo(11), "line numbers are kept");
        var image = document.Images.Single();
        Assert.That((image.Url, image.Line, image.LacksAltText, image.IsEmbedded), Is.EqualTo(("https://example.org/a.png", 9, true, false)));
    }

    [Test]
    public void Embedded_data_images_of_several_megabytes_are_recognised_without_copying_them()
    {
        var payload = new string('A', 4 * 1024 * 1024);
        var document = Read($"# X\n\nBefore\n\n![A chart of sales](data:image/png;base64,{payload})\n\n<img alt=\"logo\" src=\"data:image/svg+xml;base64,PHN2Zz4=\">\n");
        Assert.That(document.Images.Select(i => (i.AltText, i.EmbeddedMediaType, i.Url)), Is.EqualTo(new[]
        {
            ("A chart of sales", (string?)"image/png", (string?)null),
            ("logo", "image/svg+xml", null),
        }));
        Assert.That(document.Images[0].EmbeddedLength, Is.GreaterThan(payload.Length));
        Assert.That(document.Images[0].LacksAltText, Is.False);
        Assert.That(document.Title.Text, Is.EqualTo("X"));
    }

    [TestCase("Économie circulaire à Dakar", "economie-circulaire-a-dakar")]
    [TestCase("R&D for start-ups", "r-and-d-for-start-ups")]
    [TestCase("Can we change a system we don't understand?", "can-we-change-a-system-we-dont-understand")]
    [TestCase("Straße & Œuvre", "strasse-and-oeuvre")]
    public void Slugs_are_ascii_folded_from_the_title(string title, string slug) =>
        Assert.That(Read($"# {title}\n").Slug, Is.EqualTo(slug));

    [Test]
    public void Titles_without_latin_letters_get_a_slug_from_the_file_name_or_a_stable_hash()
    {
        Assert.That(Read("# Санкт-Петербург\n", "spb_lab_story.md").Slug, Is.EqualTo("spb-lab-story"));
        var hashed = Read("# Санкт-Петербург\n", "История.md").Slug;
        Assert.That(hashed, Does.Match("^doc-[0-9a-f]{8}$"));
        Assert.That(Read("# Санкт-Петербург\n", "История.md").Slug, Is.EqualTo(hashed), "stable");
    }

    [TestCase("# ..\n", "..")]
    [TestCase("# ../../etc/passwd\n", "..")]
    [TestCase("# .\n", ".")]
    [TestCase("# ***\n", "")]
    public void A_slug_is_never_empty_or_a_path_segment(string text, string name)
    {
        var slug = Read(text, name + ".md").Slug;
        Assert.That(slug, Is.Not.Empty.And.Not.EqualTo("..").And.Not.EqualTo("."));
        Assert.That(slug, Does.Match("^[a-z0-9]+(-[a-z0-9]+)*$"));
    }

    [Test]
    public void A_slug_from_a_paragraph_long_title_is_cut_at_a_word_boundary_near_80_characters()
    {
        var slug = Read("# " + string.Join(' ', Enumerable.Repeat("participatory budgeting", 20)) + "\n").Slug;
        Assert.That(slug.Length, Is.LessThanOrEqualTo(Slugs.MaxLength));
        Assert.That(slug, Does.EndWith("budgeting").Or.EndWith("participatory"));
    }

    [Test]
    public void Colliding_slugs_get_deterministic_suffixes_whatever_the_reading_order()
    {
        ArchiveDocument[] documents = [Read("# Safe at home\n", "b.md"), Read("# Safe at home\n", "a.md"), Read("# Safe at home!\n", "c.md")];
        var bag = new DiagnosticBag();
        var forward = ArchiveReader.AssignUniqueSlugs(documents, bag).ToDictionary(d => d.SourcePath, d => d.Slug);
        var backward = ArchiveReader.AssignUniqueSlugs(documents.Reverse(), new DiagnosticBag()).ToDictionary(d => d.SourcePath, d => d.Slug);
        Assert.That(forward, Is.EqualTo(new Dictionary<string, string> { ["a.md"] = "safe-at-home", ["b.md"] = "safe-at-home-2", ["c.md"] = "safe-at-home-3" }));
        Assert.That(backward, Is.EqualTo(forward));
        Assert.That(bag.Sorted().Count(d => d.Code == DiagnosticCodes.SlugCollision), Is.EqualTo(2));
    }

    [Test]
    public void A_suffix_skips_the_addresses_other_titles_already_have()
    {
        // "Safe at home 3" is its own title, read between the repeats: the third repeat must pass over its address.
        ArchiveDocument[] documents =
        [
            Read("# Safe at home\n", "a.md"), Read("# Safe at home\n", "b.md"), Read("# Safe at home 3\n", "c.md"),
            Read("# Safe at home\n", "d.md"), Read("# Safe at home\n", "e.md"), Read("# Safe at home 2\n", "f.md"),
        ];
        var slugs = ArchiveReader.AssignUniqueSlugs(documents, new DiagnosticBag()).ToDictionary(d => d.SourcePath, d => d.Slug);
        Assert.That(slugs, Is.EqualTo(new Dictionary<string, string>
        {
            ["a.md"] = "safe-at-home", ["b.md"] = "safe-at-home-2", ["c.md"] = "safe-at-home-3",
            ["d.md"] = "safe-at-home-4", ["e.md"] = "safe-at-home-5", ["f.md"] = "safe-at-home-2-2",
        }));
    }

    [Test]
    public void Four_thousand_documents_of_one_title_get_their_addresses_in_a_blink()
    {
        var one = Read("# Safe at home\n", "a.md");
        var documents = Enumerable.Range(0, 4000).Select(i => one with { SourcePath = $"{i:D5}.md" }).ToList();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var slugs = ArchiveReader.AssignUniqueSlugs(documents, new DiagnosticBag()).Select(d => d.Slug).ToList();
        Assert.That(slugs.Distinct().Count(), Is.EqualTo(4000));
        Assert.That(slugs[^1], Is.EqualTo("safe-at-home-4000"));
        // Trying every suffix from 2 again made eight million candidate addresses here; now 4,000.
        Assert.That(clock.Elapsed.TotalSeconds, Is.LessThan(0.25));
    }

    [Test]
    public void Diagnostics_print_in_the_compiler_format_with_a_closing_summary()
    {
        var bag = new DiagnosticBag();
        for (var i = 1; i <= 12; i++) bag.Report(new("pages/a.md", i, 3), Severity.Warning, DiagnosticCodes.BadLatLng, "latlng \"x\" is bad");
        bag.Report(new("pages", 0, 0), Severity.Info, DiagnosticCodes.NotACountry, "1 places are not countries");
        var output = new StringWriter();
        DiagnosticPrinter.Print(bag, output);
        var lines = output.ToString().ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.That(lines[0], Is.EqualTo("pages: info SDG015: 1 places are not countries"));
        Assert.That(lines[1], Is.EqualTo("pages/a.md(1,3): warning SDG012: latlng \"x\" is bad"));
        Assert.That(lines[^1], Is.EqualTo("0 errors, 12 warnings"));
    }

    [Test]
    public void Archive_diagnostics_carry_the_source_folder_in_their_path()
    {
        var folder = TempFolder.WithFiles("reader-diag", new Dictionary<string, string> { ["a.md"] = "# A\n[[latlng:99,0]]\n", ["b.md"] = "" });
        var bag = new DiagnosticBag();
        var documents = ArchiveReader.ReadFolder(folder, bag, "pages");
        Assert.That(documents.Select(d => d.SourcePath), Is.EqualTo(new[] { "a.md" }));
        Assert.That(bag.Sorted().Select(d => d.ToString()), Is.EqualTo(new[]
        {
            "pages/a.md(2,10): warning SDG012: latlng \"99,0\" is not two finite numbers with lat in [-90, 90] and lng in [-180, 180]; the point was dropped",
            "pages/b.md(1,1): warning SDG001: file is empty and was skipped",
        }));
        Assert.That(bag.Summary(), Is.EqualTo("0 errors, 2 warnings"));
    }
}
