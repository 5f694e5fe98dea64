using System.Text;
using SdgArchive.Diagnostics;
using SdgArchive.Reading;
using SdgArchive.Serve;

namespace SdgArchive.SiteTests.Reading;

/// <summary>
/// Which files of the source folder are documents: one rule for the build, serve's watcher and the no-change check.
/// Before, the build read <c>x.txt~</c>, <c>notes.docx</c> and a PNG beside the documents (warning that they looked
/// binary) while serve ignored them, so a saved backup changed a served site only after a restart.
/// </summary>
public class DocumentFilesTests
{
    private string _source = "";

    [SetUp]
    public void CreateSource()
    {
        _source = Path.Combine(Path.GetTempPath(), "sdg-docfiles-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_source, "lab"));
        Directory.CreateDirectory(Path.Combine(_source, ".git"));
        var text = "# A plan\n[[type:blog]]\n\nSome text.\n";
        foreach (var name in new[] { "a.txt", "b.md", "lab/c", "x.txt~", "#d.txt#", ".hidden.txt", ".git/config", "README.md", "draft.swp" })
            File.WriteAllText(Path.Combine(_source, name), text);
        File.WriteAllBytes(Path.Combine(_source, "photo.png"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0]);
        File.WriteAllBytes(Path.Combine(_source, "notes.docx"), [0x50, 0x4B, 0x03, 0x04, 0, 0, 0]);
    }

    [TearDown]
    public void DeleteSource() => Directory.Delete(_source, recursive: true);

    [Test]
    public void Documents_are_the_text_files_and_nothing_beside_them()
    {
        var diagnostics = new DiagnosticBag();
        var documents = ArchiveReader.ReadFolder(_source, diagnostics);

        Assert.That(documents.Select(d => d.SourcePath), Is.EquivalentTo(new[] { "a.txt", "b.md", "lab/c" }));
        Assert.That(diagnostics.Sorted().Where(d => d.Code == DiagnosticCodes.BinaryFile), Is.Empty);
    }

    [Test]
    public void Serve_watches_the_files_the_build_reads()
    {
        var project = new ServeProject(Path.GetDirectoryName(_source)!, _source, Path.Combine(_source, "..", "out"), true, false);
        var read = ArchiveReader.DocumentFiles(_source).ToHashSet();
        foreach (var file in Directory.EnumerateFiles(_source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(_source, file).Replace('\\', '/');
            Assert.That(project.IsDocument(file), Is.EqualTo(read.Contains(relative)), relative);
        }
        Assert.That(read, Has.Count.EqualTo(3));
    }
}
