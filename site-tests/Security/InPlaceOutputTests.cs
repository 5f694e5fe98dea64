using SdgArchive.Caching;
using SdgArchive.Output;
using SdgArchive.Serve;
using SdgArchive.SiteTests.Cache;

namespace SdgArchive.SiteTests.Security;

/// <summary>
/// serve writes an edited document's pages straight into the live output folder (<see cref="StagingFolder.InPlace"/>).
/// A link planted in that folder (a symbolic link at a page's name or in place of one of its folders, a hard link
/// sharing a page's file) must never carry a write out of it: the page's name is replaced, the link's target and the
/// other names of the file stay as they were. Before, each of these wrote through the link.
/// </summary>
[NonParallelizable]
public sealed class InPlaceOutputTests
{
    private string _root = null!;
    private string _output = null!;
    private string _outside = null!;

    [SetUp]
    public void MakeFolders()
    {
        _root = TempFolder.Create("in-place");
        _output = Path.Combine(_root, "public");
        _outside = Path.Combine(_root, "outside");
        Directory.CreateDirectory(_output);
        OutputMarker.WriteInto(_output); // a folder a build made, as serve's is
        Directory.CreateDirectory(_outside);
    }

    [TearDown]
    public void Remove() => TempFolder.Remove(_root);

    private string Outside(string name, string text)
    {
        var path = Path.Combine(_outside, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string InOutput(string relative) => Path.Combine(_output, relative);

    /// <summary>Every entry under the outside folder with its text: what the test planted, and nothing more.</summary>
    private Dictionary<string, string> OutsideNow() =>
        Directory.EnumerateFileSystemEntries(_outside, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(_outside, p), p => File.Exists(p) ? File.ReadAllText(p) : "folder");

    private static void AssertPlainFile(string path, string text)
    {
        var info = new FileInfo(path);
        Assert.That(info.Exists, Is.True, path);
        Assert.That(info.LinkTarget, Is.Null, $"{path} is a file of its own, not a link");
        Assert.That(File.ReadAllText(path), Is.EqualTo(text));
    }

    private static void AssertRealFolder(string path)
    {
        var info = new DirectoryInfo(path);
        Assert.That(info.Exists, Is.True, path);
        Assert.That(info.LinkTarget, Is.Null, $"{path} is a folder of the site, not a link");
    }

    [Test]
    public void A_symbolic_link_at_a_pages_name_is_replaced_and_its_target_kept()
    {
        var secret = Outside("secret.txt", "the user's file");
        Directory.CreateDirectory(InOutput("about"));
        File.CreateSymbolicLink(InOutput("about/index.html"), secret);

        var output = StagingFolder.InPlace(_output);
        output.WriteText("about/index.html", "the new page");
        output.Commit();

        Assert.That(File.ReadAllText(secret), Is.EqualTo("the user's file"));
        AssertPlainFile(InOutput("about/index.html"), "the new page");
    }

    [Test]
    public void A_symbolic_link_to_a_folder_at_a_pages_name_is_replaced_and_the_folder_kept()
    {
        Outside("kept.txt", "the user's file");
        File.CreateSymbolicLink(InOutput("feed.xml"), _outside);

        var output = StagingFolder.InPlace(_output);
        output.WriteText("feed.xml", "<feed/>");
        output.Commit();

        Assert.That(OutsideNow(), Is.EquivalentTo(new Dictionary<string, string> { ["kept.txt"] = "the user's file" }));
        AssertPlainFile(InOutput("feed.xml"), "<feed/>");
    }

    [Test]
    public void A_hard_link_at_a_pages_name_is_replaced_and_the_other_name_keeps_its_bytes()
    {
        var shared = Outside("shared.txt", "the user's file");
        File.WriteAllText(InOutput("index.html"), "the old page");
        File.Delete(InOutput("index.html"));
        HardLink.LinkOrCopy(shared, InOutput("index.html"));
        Assume.That(HardLink.SameFile(shared, InOutput("index.html")), Is.True, "this file system makes hard links");

        var output = StagingFolder.InPlace(_output);
        output.WriteBytes("index.html", "the new page"u8);
        output.Commit();

        Assert.That(File.ReadAllText(shared), Is.EqualTo("the user's file"));
        AssertPlainFile(InOutput("index.html"), "the new page");
    }

    [Test]
    public void A_symbolic_link_in_place_of_a_folder_is_replaced_by_a_folder_and_nothing_is_written_outside()
    {
        Outside("kept.txt", "the user's file");
        Directory.CreateDirectory(InOutput("documents"));
        Directory.CreateSymbolicLink(InOutput("documents/a-plan"), _outside);
        Directory.CreateSymbolicLink(InOutput("tags"), _outside);

        var output = StagingFolder.InPlace(_output);
        output.WriteText("documents/a-plan/index.html", "the plan");
        output.WriteText("tags/sdg/index.html", "the goal");
        output.Commit();

        Assert.That(OutsideNow(), Is.EquivalentTo(new Dictionary<string, string> { ["kept.txt"] = "the user's file" }));
        AssertRealFolder(InOutput("documents/a-plan"));
        AssertRealFolder(InOutput("tags"));
        AssertPlainFile(InOutput("documents/a-plan/index.html"), "the plan");
        AssertPlainFile(InOutput("tags/sdg/index.html"), "the goal");
    }

    [Test]
    public void A_copied_file_replaces_a_planted_link_and_never_writes_through_one()
    {
        var secret = Outside("secret.txt", "the user's file");
        var shared = Outside("shared.txt", "the user's other file");
        var source = Path.Combine(_root, "site.css");
        File.WriteAllText(source, "body{}");
        Directory.CreateDirectory(InOutput("assets"));
        File.CreateSymbolicLink(InOutput("assets/site.css"), secret);
        HardLink.LinkOrCopy(shared, InOutput("assets/icon.svg"));
        Directory.CreateSymbolicLink(InOutput("images"), _outside);

        var output = StagingFolder.InPlace(_output);
        output.CopyFile(source, "assets/site.css");
        output.CopyFile(source, "assets/icon.svg");
        output.CopyFile(source, "images/photo.jpg");
        output.Commit();

        Assert.That(OutsideNow(), Is.EquivalentTo(new Dictionary<string, string>
        {
            ["secret.txt"] = "the user's file", ["shared.txt"] = "the user's other file",
        }));
        AssertPlainFile(InOutput("assets/site.css"), "body{}");
        AssertPlainFile(InOutput("assets/icon.svg"), "body{}");
        AssertRealFolder(InOutput("images"));
        AssertPlainFile(InOutput("images/photo.jpg"), "body{}");
    }

    [Test]
    public void Removing_what_was_not_written_removes_a_planted_link_never_what_it_points_to()
    {
        Outside("kept.txt", "the user's file");
        var secret = Outside("secret.txt", "the user's other file");
        Directory.CreateSymbolicLink(InOutput("old-section"), _outside);
        File.CreateSymbolicLink(InOutput("old-page.html"), secret);
        File.WriteAllText(InOutput("gone.html"), "a deleted document's page");

        var output = StagingFolder.InPlace(_output);
        output.WriteText("index.html", "the home page");
        output.Commit();

        Assert.That(OutsideNow(), Is.EquivalentTo(new Dictionary<string, string>
        {
            ["kept.txt"] = "the user's file", ["secret.txt"] = "the user's other file",
        }));
        Assert.That(Directory.GetFileSystemEntries(_output).Select(Path.GetFileName),
            Is.EquivalentTo(new[] { OutputMarker.FileName, "index.html" }), "the links and the stale page are gone");
    }

    /// <summary>
    /// The same through serve: a document is saved while its page's name and another document's folder in the live
    /// folder are links to the user's files; serve writes the pages again in place (the other page is missing, so the
    /// edit is a build into the folder, not a refresh of one page).
    /// </summary>
    [Test]
    public async Task A_serve_refresh_replaces_planted_links_and_leaves_their_targets_alone()
    {
        var project = CacheProject.FromCorpus(12);
        var index = project.Index();
        var documents = index.Documents.OrderBy(d => d.Source.SourcePath, StringComparer.Ordinal).ToList();
        using var builder = project.ServeBuilder();
        var first = await builder.BuildAsync(null, CancellationToken.None);
        Assert.That(first.Succeeded, Is.True, string.Join('\n', first.Diagnostics));

        var edited = documents[0];
        var page = Path.Combine(project.Output, edited.Url.Trim('/'), "index.html");
        var secret = Outside("secret.txt", "the user's file");
        File.Delete(page);
        File.CreateSymbolicLink(page, secret);
        var neighbour = Path.Combine(project.Output, documents[1].Url.Trim('/'));
        Directory.Delete(neighbour, recursive: true);
        Directory.CreateSymbolicLink(neighbour, _outside);
        File.AppendAllText(project.FileOf(edited), "\n\nA paragraph saved while serve ran.\n");
        var changes = new ChangeSet([new FileChange(ChangeKind.DocumentChanged, WatchArea.Documents,
            project.FileOf(edited), edited.Source.SourcePath)]);
        var rebuilt = await builder.BuildAsync(changes, CancellationToken.None);

        Assert.That(rebuilt.Succeeded, Is.True, string.Join('\n', rebuilt.Diagnostics));
        Assert.That(OutsideNow(),
            Is.EquivalentTo(new Dictionary<string, string> { ["secret.txt"] = "the user's file" }));
        Assert.That(new FileInfo(page).LinkTarget, Is.Null, "the page is a file of its own again");
        Assert.That(File.ReadAllText(page), Does.Contain("A paragraph saved while serve ran."));
        Assert.That(new DirectoryInfo(neighbour).LinkTarget, Is.Null, "the other document's folder is a folder again");
        Assert.That(File.Exists(Path.Combine(neighbour, "index.html")), Is.True);
    }
}
