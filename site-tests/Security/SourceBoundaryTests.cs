using SdgArchive.Diagnostics;

namespace SdgArchive.SiteTests.Security;

/// <summary>
/// The source, templates and content folders are boundaries: a link leading out of one is not read (a located
/// warning says so), and links that make a loop are read once. Before, a committed <c>seeds/notes.txt -> ../.git/config</c>
/// published the file and <c>a -> .</c>, <c>b -> .</c> made the build run forever (issue 15).
/// </summary>
[NonParallelizable]
public class SourceBoundaryTests
{
    private SandboxedSite _site = null!;
    private string _templates = null!;
    private string _content = null!;

    [OneTimeSetUp]
    public void BuildWithLinks()
    {
        var root = TempFolder.Create("links");
        _templates = Path.Combine(root, "templates");
        _content = Path.Combine(root, "content");
        TempFolder.CopyInto(RepoPaths.Templates, _templates);
        TempFolder.CopyInto(RepoPaths.Content, _content);
        var outsideFolder = Path.Combine(root, "private");
        Directory.CreateDirectory(outsideFolder);
        File.WriteAllText(Path.Combine(outsideFolder, "plan.txt"), $"# Private plan {SandboxedSite.SecretToken}\n\n[[type:solution]]\n");
        File.CreateSymbolicLink(Path.Combine(_templates, "assets", "leak.txt"), "/etc/passwd");
        File.CreateSymbolicLink(Path.Combine(_content, "leak.md"), Path.Combine(outsideFolder, "plan.txt"));

        _site = SandboxedSite.From("source-links", source =>
        {
            foreach (var seed in Directory.EnumerateFiles(RepoPaths.Seeds)) File.Copy(seed, Path.Combine(source, Path.GetFileName(seed)));
            File.CreateSymbolicLink(Path.Combine(source, "notes.txt"), "../secret.txt");
            File.CreateSymbolicLink(Path.Combine(source, "passwd.txt"), "/etc/passwd");
            Directory.CreateSymbolicLink(Path.Combine(source, "elsewhere"), outsideFolder);
            Directory.CreateSymbolicLink(Path.Combine(source, "a"), ".");
            Directory.CreateSymbolicLink(Path.Combine(source, "b"), ".");
            Directory.CreateDirectory(Path.Combine(source, "more"));
            File.WriteAllText(Path.Combine(source, "more", "inside.txt"), "# Inside the folder\n\n[[type:solution]]\n");
            Directory.CreateSymbolicLink(Path.Combine(source, "more", "up"), "..");
        }, extraArguments: ["--templates", _templates, "--content", _content]);
    }

    [OneTimeTearDown]
    public void Remove() => _site.Dispose();

    [Test]
    public void The_build_finishes_with_every_document_inside_the_folder_once()
    {
        Assert.That(_site.ExitCode, Is.EqualTo(0), _site.ErrorText);
        var pages = Directory.GetDirectories(Path.Combine(_site.Output, "documents")).Select(Path.GetFileName).ToList();
        Assert.That(pages, Has.Count.EqualTo(6), string.Join(", ", pages)); // five seeds and more/inside.txt
    }

    [Test]
    public void Nothing_from_outside_reaches_the_output()
    {
        var passwd = File.ReadAllText("/etc/passwd").Split('\n')[0];
        var leaks = _site.OutputFiles.Where(f =>
        {
            var text = File.ReadAllText(f);
            return text.Contains(SandboxedSite.SecretToken, StringComparison.Ordinal) || text.Contains(passwd, StringComparison.Ordinal);
        }).Select(f => Path.GetRelativePath(_site.Output, f)).ToList();
        Assert.That(leaks, Is.Empty);
        Assert.That(_site.OutputFiles.Where(f => f.Contains("leak", StringComparison.Ordinal)), Is.Empty);
    }

    [TestCase("notes.txt", "../secret.txt")]
    [TestCase("passwd.txt", "/etc/passwd")]
    [TestCase("elsewhere", "private")]
    public void A_link_leading_out_is_a_located_warning(string name, string target)
    {
        Assert.That(_site.ErrorText.Split('\n'), Has.Some.StartsWith($"{_site.Source}/{name}: warning {DiagnosticCodes.LinkOutside}:")
            .And.Contains(target));
    }

    [Test]
    public void A_loop_is_a_located_warning()
    {
        var loops = _site.ErrorText.Split('\n').Where(l => l.Contains($"warning {DiagnosticCodes.FolderLoop}:", StringComparison.Ordinal)).ToList();
        Assert.That(loops.Select(l => l[..l.IndexOf(':')]), Is.EquivalentTo(new[] { $"{_site.Source}/a", $"{_site.Source}/b", $"{_site.Source}/more/up" }));
    }

    [Test]
    public void Templates_and_content_are_boundaries_too()
    {
        Assert.That(_site.ErrorText, Does.Contain($"{_templates}/assets/leak.txt: warning {DiagnosticCodes.LinkOutside}:"));
        Assert.That(File.Exists(Path.Combine(_site.Output, "leak", "index.html")), Is.False, "content/leak.md -> outside became a page");
    }
}
