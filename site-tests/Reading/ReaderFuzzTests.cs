using System.Text;
using FsProperty = FsCheck.NUnit.PropertyAttribute;
using SdgArchive.Diagnostics;
using SdgArchive.Model;
using SdgArchive.Reading;

namespace SdgArchive.SiteTests.Reading;

/// <summary>
/// No input throws the reader: random bytes and strings (FsCheck), seeded random documents built from the archive's
/// own syntax, and real pages with bytes flipped, cut and spliced. Every document read still satisfies the model's promises.
/// </summary>
public class ReaderFuzzTests
{
    [FsProperty(MaxTest = 500)]
    public void Random_bytes_never_throw(byte[] bytes) => CheckRead(bytes ?? []);

    [FsProperty(MaxTest = 500)]
    public void Random_strings_never_throw(string text) => CheckRead(Encoding.UTF8.GetBytes(text ?? ""));

    [Test]
    public void Seeded_random_documents_in_the_archive_syntax_never_throw()
    {
        var random = new Random(20240611);
        for (var i = 0; i < 3000; i++) CheckRead(Encoding.UTF8.GetBytes(RandomDocument(random)), $"case {i}");
    }

    [Test]
    public void Damaged_real_pages_never_throw()
    {
        var random = new Random(7);
        var pages = Directory.EnumerateFiles(RepoPaths.GoldenInputs).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes).ToArray();
        for (var i = 0; i < 600; i++)
        {
            var page = pages[random.Next(pages.Length)];
            var bytes = (byte[])page.Clone();
            switch (i % 4)
            {
                case 0: for (var k = 0; k < 20; k++) bytes[random.Next(bytes.Length)] = (byte)random.Next(1, 256); break;
                case 1: bytes = bytes[..random.Next(bytes.Length)]; break;
                case 2: bytes = bytes[random.Next(bytes.Length)..]; break;
                default:
                    var other = pages[random.Next(pages.Length)];
                    bytes = [.. bytes[..random.Next(bytes.Length)], .. other[random.Next(other.Length)..]];
                    break;
            }
            CheckRead(bytes, $"damaged page {i}");
        }
    }

    [Test]
    public void A_folder_of_random_documents_reads_without_internal_errors_and_with_unique_slugs()
    {
        var random = new Random(99);
        var folder = TempFolder.Create("reader-fuzz");
        for (var i = 0; i < 200; i++)
            File.WriteAllBytes(Path.Combine(folder, $"doc{i:000}.md"), Encoding.UTF8.GetBytes(RandomDocument(random)));
        File.WriteAllText(Path.Combine(folder, "same1.md"), "# Same\n");
        File.WriteAllText(Path.Combine(folder, "same2.md"), "# Same\n");
        var bag = new DiagnosticBag();
        var documents = ArchiveReader.ReadFolder(folder, bag);
        Assert.That(bag.Sorted().Where(d => d.Code == DiagnosticCodes.Internal), Is.Empty);
        Assert.That(documents.Select(d => d.Slug), Is.Unique);
    }

    private static void CheckRead(byte[] bytes, string label = "")
    {
        ReadResult result;
        try { result = DocumentReader.Read("fuzz/doc.md", bytes); }
        catch (Exception ex) { Assert.Fail($"{label}: reader threw {ex.GetType().Name}: {ex.Message}\ninput: {Convert.ToBase64String(bytes[..Math.Min(bytes.Length, 2000)])}"); return; }

        Assert.That(result.Diagnostics.Where(d => d.Severity == Severity.Error), Is.Empty, label);
        if (result.Document is not { } document)
        {
            Assert.That(result.Diagnostics.Select(d => d.Code), Has.Some.AnyOf(DiagnosticCodes.EmptyFile, DiagnosticCodes.BinaryFile), label);
            return;
        }
        Assert.That(document.Title.Text, Is.Not.Empty, label);
        Assert.That(document.Title.Display, Is.Not.Empty, label);
        Assert.That(document.Slug, Does.Match("^[a-z0-9]+(-[a-z0-9]+)*$"), label);
        Assert.That(document.Slug.Length, Is.LessThanOrEqualTo(Slugs.MaxLength), label);
        Assert.That(document.AllPoints.All(p => double.IsFinite(p.Lat) && double.IsFinite(p.Lng) && Math.Abs(p.Lat) <= 90 && Math.Abs(p.Lng) <= 180), label);
        Assert.That(document.Sdgs.All(g => g is >= 1 and <= 17), label);
        Assert.That(document.Year is null or (>= DocumentReader.MinYear and <= DocumentReader.MaxYear), label);
        var lineCount = document.Body.Split('\n').Length;
        Assert.That(document.Diagnostics.All(d => d.Span.Line >= 0 && d.Span.Line <= lineCount + 1), label);
        Assert.That(document.Tags.Values.SelectMany(v => v).All(v => v.Value.Length > 0), label);
    }

    private static readonly string[] Keys =
        ["type", "year", "date", "country", "latlng", "sdgs", "methods", "datasources", "thematic_areas", "focal_point", "gender", "ai_summary", "Weird Key", "x-y"];

    private static readonly string[] Values =
    [
        "solution", "2022", "22", "2021-07-29T00:00:00.000Z", "11 DE SEPTIEMBRE DE 2024", "31/02/2020", "Peru", "East Timor", "Null Island",
        "15.1,101.0", "91,0", "NaN,1", "1e400,2", ",", "3. Good health and well-being", "10. Reduced innequalities", "Goal 99",
        "covid-19 , response", "Visual Thinking & Mapping", "(Community) Asset Mapping", "waste collectors' collective intelligence",
        "economía circular", "Санкт-Петербург", "R&amp;amp;D", "‚Äú", "√", "", " ", "a]]b", "[[", "\u0301", "\uFFFD", "male.", "Male",
    ];

    private static readonly string[] Lines =
    [
        "# Title", "#", "# ", "# CUT OFF TITLE…", "# R&amp;D", "## Title", "## Titre", "## ", "### [[0:01]] Hello", "> Please provide a name.",
        "> ", ">", "<div class=\"group\">", "</div>", "****", "- option", "```", "~~~", "    indented", "![Missing alt text](a.png)",
        "![x](data:image/png;base64,AAAA", "![x](data:", "<img src=\"data:image/gif;base64,R0lG\">", "<img src='x", "Please describe the initiative (200 words maximum)",
        "a. What are the objectives?", "Plain answer text with enough words to be a title.", "‚Äì‚Äô‚Äú caf√©", "&amp;amp;", "\t", "", "…", "[[", "]]",
        "ÄÖÜ «É»", "\uD800", "\u200B", "\u00A0\u00A0", "[[type:blog]] trailing text", "text [[type:blog]]",
    ];

    /// <summary>A document assembled from the archive's syntax, its oddities and deliberate breakage.</summary>
    private static string RandomDocument(Random random)
    {
        var builder = new StringBuilder();
        if (random.Next(10) == 0) builder.Append('\uFEFF');
        var newline = random.Next(6) switch { 0 => "\r\n", 1 => "\r", _ => "\n" };
        var count = random.Next(0, 40);
        for (var i = 0; i < count; i++)
        {
            switch (random.Next(6))
            {
                case 0 or 1:
                    builder.Append("[[").Append(Keys[random.Next(Keys.Length)]).Append(':').Append(Values[random.Next(Values.Length)]);
                    if (random.Next(8) == 0) builder.Append(newline).Append(Values[random.Next(Values.Length)]);
                    if (random.Next(10) != 0) builder.Append("]]");
                    break;
                case 2:
                    builder.Append(new string(Enumerable.Range(0, random.Next(0, 200)).Select(_ => (char)random.Next(0x20, 0x3000)).ToArray()));
                    break;
                default:
                    builder.Append(Lines[random.Next(Lines.Length)]);
                    break;
            }
            builder.Append(random.Next(15) == 0 ? "" : newline);
        }
        if (random.Next(20) == 0) builder.Append("# ").Append('x', random.Next(1000, 20000));
        return builder.ToString();
    }
}
