using SdgArchive.Diagnostics;
using SdgArchive.SiteTests.Support;

namespace SdgArchive.SiteTests.Reading;

/// <summary>
/// Every finding about a document says where in it: the 400 shared pages built together with the broken and hostile
/// test documents (empty, binary, invalid UTF-8, unclosed fences, tags and HTML, unsafe links and images, a slug
/// collision, a damaged embedded image), and no diagnostic that names a document lacks its line and column.
/// </summary>
[NonParallelizable]
public class DiagnosticLocationTests
{
    [Test]
    public void No_document_diagnostic_of_a_corpus_build_lacks_a_line_and_column()
    {
        var source = TempFolder.CopyOf(RepoPaths.RequireCorpus(), "located");
        foreach (var corpus in new[] { "broken", "hostile" })
            foreach (var file in Directory.EnumerateFiles(RepoPaths.TestCorpus(corpus)))
                File.Copy(file, Path.Combine(source, $"{corpus}-{Path.GetFileName(file)}"));

        // An embedded image that cannot be decoded: found after the build has dropped the document's text.
        File.WriteAllText(Path.Combine(source, "broken-embedded-image.md"),
            "# Broken picture\n\n[[type:blog]]\n\nThe photo below was damaged in the export.\n\n![damaged](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB)\n");
        var site = BuiltSite.Build(source);
        var documents = Directory.EnumerateFiles(source).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var aboutDocuments = site.Result.Diagnostics.Sorted()
            .Where(d => documents.Contains(Path.GetFileName(d.Span.Path)) && Path.GetDirectoryName(d.Span.Path) == source).ToList();
        Assert.That(aboutDocuments.Select(d => d.Code).Distinct().Count(), Is.GreaterThanOrEqualTo(10),
            "the sample provokes many kinds of finding: " + string.Join(", ", aboutDocuments.Select(d => d.Code).Distinct()));
        Assert.That(aboutDocuments.Select(d => d.Code), Does.Contain(DiagnosticCodes.SlugCollision).And.Contain(DiagnosticCodes.BinaryFile)
            .And.Contain(DiagnosticCodes.EmptyFile).And.Contain(DiagnosticCodes.UnclosedHtml).And.Contain(DiagnosticCodes.ImageUndecodable));
        Assert.That(aboutDocuments.Where(d => d.Code == DiagnosticCodes.ImageUndecodable).Select(d => (Path.GetFileName(d.Span.Path), d.Span.Line, d.Span.Column)),
            Does.Contain(("broken-embedded-image.md", 7, 1)));
        var unlocated = aboutDocuments.Where(d => d.Span.Line < 1 || d.Span.Column < 1).Select(d => d.ToString()).ToList();
        Assert.That(unlocated, Is.Empty, string.Join('\n', unlocated));
    }
}
