using SdgArchive.Build;
using SdgArchive.Serve;
using SdgArchive.SiteTests.Support;

namespace SdgArchive.SiteTests.Cache;

/// <summary>Serve's rebuilds: only the changed files are read again, and the result is the site a full build makes.</summary>
[TestFixture]
public sealed class IncrementalServeBuildTests
{
    private static ChangeSet Change(CacheProject project, ChangeKind kind, string name) =>
        new([new FileChange(kind, WatchArea.Documents, Path.Combine(project.Source, name), name)]);

    [Test]
    public async Task Edits_additions_and_deletions_give_the_site_a_full_build_gives()
    {
        var project = CacheProject.FromCorpus(30);
        var builder = project.ServeBuilder();
        var first = await builder.BuildAsync(null, CancellationToken.None);
        Assert.That(first.Succeeded, Is.True, string.Join('\n', first.Diagnostics));

        var edited = Directory.EnumerateFiles(project.Source).Order(StringComparer.Ordinal).First();
        File.AppendAllText(edited, "\n\nServe-edit marker paragraph.\n");
        var afterEdit = await builder.BuildAsync(Change(project, ChangeKind.DocumentChanged, Path.GetFileName(edited)), CancellationToken.None);
        Assert.That(afterEdit.Succeeded, Is.True);
        Assert.That(builder.LastResult!.ReusedPages, Is.GreaterThan(30), "unchanged pages are reused, not rendered");
        Assert.That(Directory.EnumerateFiles(project.Output, "index.html", SearchOption.AllDirectories)
            .Count(f => File.ReadAllText(f).Contains("Serve-edit marker paragraph")), Is.EqualTo(1));

        File.WriteAllText(Path.Combine(project.Source, "new.md"), "[[type:blog]]\n[[thematic_areas:brand new serve term]]\n# A document added while serving\n\nIt brings a term no other document has.\n");
        await builder.BuildAsync(Change(project, ChangeKind.DocumentAdded, "new.md"), CancellationToken.None);
        Assert.That(File.Exists(Path.Combine(project.Output, "documents", "a-document-added-while-serving", "index.html")), Is.True);
        Assert.That(Directory.Exists(Path.Combine(project.Output, "thematic-areas", "brand-new-serve-term")), Is.True, "a new term gets its page");

        var deleted = Directory.EnumerateFiles(project.Source).Order(StringComparer.Ordinal).Skip(1).First();
        File.Delete(deleted);
        var afterDelete = await builder.BuildAsync(Change(project, ChangeKind.DocumentDeleted, Path.GetFileName(deleted)), CancellationToken.None);
        Assert.That(afterDelete.Succeeded, Is.True);

        var full = TempFolder.Create("serve-full");
        project.Build(o => o with { UseCache = false }, full);
        Assert.That(CacheProject.Hashes(project.Output), Is.EqualTo(CacheProject.Hashes(full)), "serve's output after three changes is a full build's");
    }
}
