using AngleSharp.Html.Parser;

namespace SdgArchive.SiteTests.Security;

/// <summary>
/// Paths in documents (tag values, image and link addresses, titles) never make the build read or write a file
/// outside the source and output folders.
/// </summary>
[NonParallelizable]
public class ContainmentTests
{
    private SandboxedSite _site = null!;
    private List<string> _filesBefore = [];

    [OneTimeSetUp]
    public void BuildEverything()
    {
        _site = SandboxedSite.WithEverything();
        Assert.That(_site.ExitCode, Is.EqualTo(0), _site.ErrorText);
    }

    [OneTimeTearDown]
    public void Remove() => _site.Dispose();

    [Test]
    public void Nothing_is_written_beside_the_source_and_output_folders()
    {
        var area = Path.GetDirectoryName(_site.Source)!;
        var stray = Directory.EnumerateFileSystemEntries(_site.Root, "*", SearchOption.AllDirectories)
            .Where(p => !p.StartsWith(_site.Source, StringComparison.Ordinal) && !p.StartsWith(_site.Output, StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(_site.Root, p))
            .Except(["work", "work/area", "work/area/src", "work/area/out", "work/area/secret.txt", "secret.txt",
                "work/area/.out.lock"]) // the lock that keeps a second build out of the folder (OutputLock)
            .ToList();
        Assert.That(stray, Is.Empty, $"written outside {area}/src and {area}/out");
        Assert.That(File.Exists("/tmp/sdg-pwned") || Directory.Exists("/tmp/sdg-pwned"), Is.False, "the type tag ../../../tmp/sdg-pwned became a path");
    }

    [Test]
    public void Every_output_path_is_plain()
    {
        // The one hidden file is the build's own marker (see OutputMarker): Netlify does not publish dot-files.
        var odd = _site.OutputFiles.Select(f => Path.GetRelativePath(_site.Output, f)).Where(p => p != SdgArchive.Output.OutputMarker.FileName)
            .Where(p => p.StartsWith("..", StringComparison.Ordinal) || p.Split('/').Any(s => s.Length == 0 || s.StartsWith('.') || s.Contains('\\')))
            .ToList();
        Assert.That(odd, Is.Empty);
    }

    [Test]
    public void No_file_outside_the_source_folder_reaches_the_output()
    {
        var passwd = File.Exists("/etc/passwd") ? File.ReadAllText("/etc/passwd").Split('\n')[0] : "root:x:0:0";
        var leaks = _site.OutputFiles.Where(f =>
        {
            var text = File.ReadAllText(f);
            return text.Contains(SandboxedSite.SecretToken, StringComparison.Ordinal) || text.Contains(passwd, StringComparison.Ordinal);
        }).Select(f => Path.GetRelativePath(_site.Output, f)).ToList();
        Assert.That(leaks, Is.Empty, "files holding the canary or /etc/passwd");
    }

    [TestCase("path-traversal-image.txt")]
    [TestCase("canary-paths.txt")]
    public void Image_paths_leaving_the_site_are_not_used_as_files(string file)
    {
        var html = File.ReadAllText(_site.PageOf(file)!);
        var body = new HtmlParser().ParseDocument(html).QuerySelector(".document-body");
        Assert.That(body, Is.Not.Null, "the document's text is in .document-body");
        var addresses = body!.QuerySelectorAll("img[src], a[href]").Select(e => e.GetAttribute("src") ?? e.GetAttribute("href") ?? "").ToList();
        Assert.That(addresses.Where(a => a.StartsWith("file:", StringComparison.OrdinalIgnoreCase)), Is.Empty, "file: URLs");
        // An absolute path stays a (dead) address on the site, never a file the build opens; the link check reports it.
        foreach (var absolute in addresses.Where(a => a.StartsWith('/') && !a.StartsWith("//", StringComparison.Ordinal)).Distinct())
            Assert.That(_site.ErrorText, Does.Contain($"link to \"{absolute}\" points to no page or file of the site"), absolute);
        // Nothing was copied for them: the output holds no images but the site's own assets.
        var copied = _site.OutputFiles.Select(f => Path.GetFileName(f)).Where(n => n is "passwd" or "hostname" or "secret.txt" or "win.ini" or "environ").ToList();
        Assert.That(copied, Is.Empty);
    }

    [TestCase("slug-dotdot.txt")]
    [TestCase("slug-empty.txt")]
    [TestCase("slug-dot-title-section.txt")]
    public void Titles_without_letters_get_a_page_of_their_own(string file)
    {
        var page = _site.PageOf(file);
        Assert.That(page, Is.Not.Null);
        var slug = Path.GetFileName(Path.GetDirectoryName(page))!;
        Assert.That(slug, Does.Match("^[a-z0-9]+(-[a-z0-9]+)*$"));
        Assert.That(Path.GetFullPath(page!), Does.StartWith(Path.Combine(_site.Output, "documents") + "/"));
    }

    [Test]
    public void The_documents_index_is_not_overwritten_by_a_document()
    {
        var index = Path.Combine(_site.Output, "index.html");
        Assert.That(File.ReadAllText(index), Does.Not.Contain("!!! ??? ---</h1>"));
        Assert.That(Directory.GetDirectories(Path.Combine(_site.Output, "documents")).Length, Is.EqualTo(_site.Documents.Count));
    }
}
