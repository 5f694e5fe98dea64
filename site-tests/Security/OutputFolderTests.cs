using System.Diagnostics;
using SdgArchive.Commands;
using SdgArchive.Diagnostics;
using SdgArchive.Output;

namespace SdgArchive.SiteTests.Security;

/// <summary>
/// The output folder is the build's own: it refuses folders it would destroy (the source, the project, /, home, a
/// user's folder), one build at a time writes it, the swap never leaves a mix or nothing, and every failure is one
/// line with the path and exit 1. Each case was a data loss or a stack trace before (issue 15).
/// </summary>
[NonParallelizable]
public class OutputFolderTests
{
    private string _root = null!;
    private string _source = null!;

    [SetUp]
    public void MakeProject()
    {
        _root = TempFolder.Create("out-guard");
        _source = Path.Combine(_root, "seeds");
        TempFolder.CopyInto(RepoPaths.Seeds, _source);
    }

    [TearDown]
    public void Remove() => TempFolder.Remove(_root);

    private sealed record Run(int ExitCode, string Output, string Errors)
    {
        public string[] ErrorLines => Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private Run Build(string output, params string[] extra) => BuildFrom(_source, output, RepoPaths.Templates, extra);

    private static Run BuildFrom(string source, string output, string templates, params string[] extra)
    {
        string[] arguments =
        [
            "--source", source, "--out", output, "--content", RepoPaths.Content, "--templates", templates,
            "--no-search", "--no-cards", .. extra,
        ];
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = BuildCommand.Run(new CommandLine(arguments), stdout, stderr);
        return new Run(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>
    /// One line, "PATH: error SDG101: reason" (SDG102 when the place cannot be written), exit 1, no stack trace, and
    /// nothing staged left beside the folder.
    /// </summary>
    private void AssertRefused(Run run, string output, string reason)
    {
        Assert.That(run.ExitCode, Is.EqualTo(1), run.Output + run.Errors);
        Assert.That(run.ErrorLines, Has.Length.EqualTo(1), run.Errors);
        var code = reason is "permission denied" or "the disk is full"
            ? DiagnosticCodes.OutputUnwritable
            : DiagnosticCodes.OutputRefused;
        Assert.That(run.ErrorLines[0], Does.StartWith($"{output}: error {code}: ").And.Contain(reason));
        Assert.That(run.Errors, Does.Not.Contain("   at "), "no stack trace without --verbose");
        var parent = Path.GetDirectoryName(Path.GetFullPath(output).TrimEnd('/'));
        if (parent is not null && Directory.Exists(parent))
            Assert.That(Directory.EnumerateDirectories(parent, ".*.staging"), Is.Empty, "staging folder left behind");
    }

    [Test]
    public void The_source_folder_is_refused_and_its_documents_stay()
    {
        var before = FolderHashes.Of(_source);
        AssertRefused(Build(_source), _source, "is the --source folder");
        // Before: the documents were moved aside, and the next build deleted them. Both builds exited 0.
        AssertRefused(Build(_source), _source, "is the --source folder");
        Assert.That(FolderHashes.Differences(before, FolderHashes.Of(_source)), Is.Empty);
    }

    [Test]
    public void A_folder_containing_the_source_is_refused()
    {
        AssertRefused(Build(_root), _root, "contains the --source folder");
        Assert.That(Directory.EnumerateFiles(_source), Is.Not.Empty);
    }

    [Test]
    public void A_folder_inside_the_source_is_refused_so_the_site_is_never_read_back_as_documents()
    {
        var inside = Path.Combine(_source, "site");
        AssertRefused(Build(inside), inside, "is inside the --source folder");
        Assert.That(Directory.Exists(inside), Is.False);
    }

    [Test]
    public void A_link_to_the_source_folder_is_the_source_folder()
    {
        var link = Path.Combine(_root, "looks-harmless");
        Directory.CreateSymbolicLink(link, _source);
        AssertRefused(Build(link), link, "is the --source folder");
        Assert.That(Directory.EnumerateFiles(_source), Is.Not.Empty);
    }

    [Test]
    public void The_templates_folder_is_refused()
    {
        var project = MakeFakeProject();
        var templates = Path.Combine(project, "templates");
        var run = BuildFrom(_source, templates, templates);
        AssertRefused(run, templates, "is the --templates folder");
    }

    [Test]
    public void The_project_root_is_refused_and_stays_where_it_is()
    {
        // A project of its own (package.json beside templates/), so a failure could only ever move the temp folder.
        var project = MakeFakeProject();
        File.WriteAllText(Path.Combine(project, "keep.txt"), "the checkout, .git included");
        var run = BuildFrom(_source, project, Path.Combine(project, "templates"));
        AssertRefused(run, project, "is or contains the project folder");
        Assert.That(File.Exists(Path.Combine(project, "keep.txt")), Is.True);
        Assert.That(Directory.EnumerateDirectories(_root, ".*"), Is.Empty, "the project was moved aside");
    }

    [Test]
    public void The_root_of_the_file_system_is_refused() =>
        AssertRefused(Build("/"), "/", "is the root of the file system");

    [Test]
    public void The_home_folder_is_refused()
    {
        var home = Path.Combine(_root, "home");
        Directory.CreateDirectory(home);
        File.WriteAllText(Path.Combine(home, ".bashrc"), "# mine");
        var saved = Environment.GetEnvironmentVariable("HOME");
        Environment.SetEnvironmentVariable("HOME", home);
        try
        {
            AssertRefused(Build(home), home, "is the home folder");
        }
        finally { Environment.SetEnvironmentVariable("HOME", saved); }
        Assert.That(File.Exists(Path.Combine(home, ".bashrc")), Is.True);
    }

    [Test]
    public void A_file_named_as_the_output_is_refused_and_kept()
    {
        var file = Path.Combine(_root, "notes.txt");
        File.WriteAllText(file, "mine");
        AssertRefused(Build(file), file, "is a file, not a folder");
        Assert.That(File.ReadAllText(file), Is.EqualTo("mine"));
    }

    [Test]
    public void A_folder_of_the_users_is_refused_but_an_empty_one_or_one_the_build_made_is_used()
    {
        var mine = Path.Combine(_root, "mine");
        Directory.CreateDirectory(mine);
        File.WriteAllText(Path.Combine(mine, "thesis.docx"), "years of work");
        AssertRefused(Build(mine), mine, "holds files this build did not make");
        Assert.That(File.ReadAllText(Path.Combine(mine, "thesis.docx")), Is.EqualTo("years of work"));

        var empty = Path.Combine(_root, "empty");
        Directory.CreateDirectory(empty);
        var first = Build(empty);
        Assert.That(first.ExitCode, Is.EqualTo(0), first.Errors);
        Assert.That(File.Exists(Path.Combine(empty, OutputMarker.FileName)), Is.True);
        var second = Build(empty, "--no-cache");
        Assert.That(second.ExitCode, Is.EqualTo(0), second.Errors);
        Assert.That(File.Exists(Path.Combine(empty, "index.html")), Is.True);
    }

    [Test]
    public void A_removal_cut_short_is_finished_in_the_background_and_a_users_look_alike_folder_is_kept()
    {
        var output = Path.Combine(_root, "public");
        for (var i = 0; i < 2; i++) Assert.That(Build(output, "--no-cache").ExitCode, Is.Zero);
        Assert.That(Directory.Exists(Path.Combine(_root, ".public.previous")), Is.True,
            "the second build parks the first");
        // A removal cut short by an earlier process (still marked), and a folder of the user's with the same prefix.
        var cutShort = Path.Combine(_root, ".public.previous.deleting-cut-short");
        Directory.CreateDirectory(Path.Combine(cutShort, "documents"));
        OutputMarker.WriteInto(cutShort);
        var mine = Path.Combine(_root, ".public.previous.deleting-mine");
        Directory.CreateDirectory(mine);
        File.WriteAllText(Path.Combine(mine, "keep.txt"), "mine");

        Assert.That(Build(output, "--no-cache").ExitCode, Is.Zero);

        var deadline = Stopwatch.StartNew();
        string[] Removing() => Directory.GetDirectories(_root, ".public.previous.deleting-*")
            .Where(d => d != mine).ToArray();
        while (Removing().Length > 0 && deadline.Elapsed < TimeSpan.FromSeconds(30)) Thread.Sleep(50);
        Assert.That(Removing(), Is.Empty, "the cut-short removal is gone");
        Assert.That(File.ReadAllText(Path.Combine(mine, "keep.txt")), Is.EqualTo("mine"));
        Assert.That(File.Exists(Path.Combine(output, "index.html")), Is.True);
        Assert.That(File.Exists(Path.Combine(_root, ".public.previous", "index.html")), Is.True);
    }

    /// <summary>
    /// The site the last build replaced is recycled as the next staging folder, and most of its files are hard links
    /// of the live site's: a build that wrote through one would change the site being served.
    /// </summary>
    [Test]
    public void Recycling_the_replaced_site_never_changes_the_live_one_and_drops_what_is_gone()
    {
        var output = Path.Combine(_root, "public");
        var cache = Path.Combine(_root, "cache");
        var edited = Directory.GetFiles(_source).Order(StringComparer.Ordinal).First();
        var deleted = Directory.GetFiles(_source).Order(StringComparer.Ordinal).Last();
        Assert.That(Build(output, "--cache", cache).ExitCode, Is.Zero);
        File.AppendAllText(edited, "\n\nThe first edit of this document.\n");
        Assert.That(Build(output, "--cache", cache).ExitCode, Is.Zero);
        var served = FolderHashes.Of(output);

        File.WriteAllText(edited, File.ReadAllText(edited).Replace("The first edit", "The second edit"));
        File.Delete(deleted);
        var third = Build(output, "--cache", cache, "--verbose");
        Assert.That(third.ExitCode, Is.Zero, third.Errors);

        Assert.That(FolderHashes.Differences(served, FolderHashes.Of(Path.Combine(_root, ".public.previous"))),
            Is.Empty, "the site that was live while the third build ran, byte for byte");
        var cold = Path.Combine(_root, "cold");
        Assert.That(Build(cold, "--no-cache").ExitCode, Is.Zero);
        Assert.That(FolderHashes.Differences(FolderHashes.Of(cold), FolderHashes.Of(output)), Is.Empty,
            "the recycled build's site is the cold build's: the deleted document's page is gone");
        Assert.That(Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Any(f => File.ReadAllText(f).Contains("The second edit")), Is.True);
    }

    [Test]
    public void A_recycled_folder_gives_way_to_a_file_and_a_recycled_file_to_a_folder()
    {
        var output = Path.Combine(_root, "site");
        void Stage(Action<StagingFolder> write)
        {
            var staging = new StagingFolder(output);
            write(staging);
            staging.Commit();
        }
        Stage(s => { s.WriteText("section/index.html", "a section"); s.WriteText("page", "a page"); });
        Stage(s => s.WriteText("other.html", "the second site"));
        // The third site recycles the first: its folder "section" and its file "page" are in the way.
        Stage(s => { s.WriteText("section", "now a page"); s.WriteText("page/index.html", "now a section"); });

        Assert.That(File.ReadAllText(Path.Combine(output, "section")), Is.EqualTo("now a page"));
        Assert.That(File.ReadAllText(Path.Combine(output, "page", "index.html")), Is.EqualTo("now a section"));
        Assert.That(File.Exists(Path.Combine(output, "other.html")), Is.False, "not written by the third build");
    }

    [Test]
    public void A_file_written_twice_has_the_second_bytes_and_a_link_at_its_name_is_replaced_not_written_through()
    {
        var output = Path.Combine(_root, "twice");
        var outside = Path.Combine(_root, "outside.txt");
        File.WriteAllText(outside, "not the site's");
        var staging = new StagingFolder(output);
        staging.WriteText("page.html", "a longer first version of the page");
        staging.WriteText("page.html", "second");
        // Planted in the staging folder between two writes (another process): the write replaces the name.
        File.CreateSymbolicLink(Path.Combine(staging.Root, "linked.html"), outside);
        staging.WriteText("linked.html", "the page");
        staging.Commit();

        Assert.That(File.ReadAllText(Path.Combine(output, "page.html")), Is.EqualTo("second"));
        Assert.That(File.ReadAllText(Path.Combine(output, "linked.html")), Is.EqualTo("the page"));
        Assert.That(new FileInfo(Path.Combine(output, "linked.html")).LinkTarget, Is.Null);
        Assert.That(File.ReadAllText(outside), Is.EqualTo("not the site's"));
    }

    [Test]
    public void A_link_planted_in_the_replaced_site_is_never_followed()
    {
        var output = Path.Combine(_root, "public");
        for (var i = 0; i < 2; i++) Assert.That(Build(output, "--no-cache").ExitCode, Is.Zero);
        var outside = Path.Combine(_root, "outside");
        Directory.CreateDirectory(Path.Combine(outside, "about"));
        File.WriteAllText(Path.Combine(outside, "about", "index.html"), "mine");
        var previous = Path.Combine(_root, ".public.previous");
        Directory.Delete(Path.Combine(previous, "about"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(previous, "about"), outside);
        File.CreateSymbolicLink(Path.Combine(previous, "index.html.planted"),
            Path.Combine(outside, "about", "index.html"));

        Assert.That(Build(output, "--no-cache").ExitCode, Is.Zero);

        Assert.That(Directory.GetFileSystemEntries(outside, "*", SearchOption.AllDirectories),
            Is.EquivalentTo(new[] { Path.Combine(outside, "about"), Path.Combine(outside, "about", "index.html") }));
        Assert.That(File.ReadAllText(Path.Combine(outside, "about", "index.html")), Is.EqualTo("mine"));
        var cold = Path.Combine(_root, "cold");
        Assert.That(Build(cold, "--no-cache").ExitCode, Is.Zero);
        Assert.That(FolderHashes.Differences(FolderHashes.Of(cold), FolderHashes.Of(output)), Is.Empty);
    }

    [Test]
    public void A_folder_in_the_way_of_the_replaced_site_is_not_deleted()
    {
        var output = Path.Combine(_root, "public");
        var previous = Path.Combine(_root, ".public.previous");
        Directory.CreateDirectory(previous);
        File.WriteAllText(Path.Combine(previous, "keep.txt"), "mine");
        AssertRefused(Build(output), previous, "was not made by it");
        Assert.That(File.Exists(Path.Combine(previous, "keep.txt")), Is.True);
    }

    [Test]
    public void A_read_only_place_is_one_line_with_the_path()
    {
        // Root ignores file modes, so the read-only place is /sys (read-only for every user); elsewhere a folder is made so.
        string output;
        if (Environment.UserName == "root" || !OperatingSystem.IsLinux()) output = "/sys/sdg-archive-test-site";
        else
        {
            var locked = Path.Combine(_root, "locked");
            Directory.CreateDirectory(locked);
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            output = Path.Combine(locked, "site");
        }
        var run = Build(output);
        AssertRefused(run, output, "permission denied");
    }

    [Test]
    public void The_stack_trace_goes_to_verbose_only()
    {
        var run = Build("/sys/sdg-archive-test-site", "--verbose");
        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.ErrorLines[0],
            Does.StartWith($"/sys/sdg-archive-test-site: error {DiagnosticCodes.OutputUnwritable}: "));
        Assert.That(run.Errors, Does.Contain("   at "), "--verbose prints where it failed");
    }

    [Test]
    public void A_full_disk_is_one_line_with_the_path_and_leaves_no_staging()
    {
        var disk = Path.Combine(_root, "small-disk");
        Directory.CreateDirectory(disk);
        if (!Mount($"-t tmpfs -o size=256k tmpfs {disk}"))
            Assert.Ignore("mounting a small tmpfs needs CAP_SYS_ADMIN, which this machine does not give");
        try
        {
            var output = Path.Combine(disk, "site");
            AssertRefused(Build(output), output, "the disk is full");
            Assert.That(Directory.EnumerateFileSystemEntries(disk).Select(Path.GetFileName), Is.EquivalentTo(new[] { ".site.lock" }));
        }
        finally { Mount($"-l {disk}", program: "umount"); }
    }

    private static bool Mount(string arguments, string program = "mount")
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true, UseShellExecute = false })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception) { return false; }
    }

    [Test]
    public void A_second_build_fails_clearly_while_another_holds_the_folder_and_waits_when_asked_to()
    {
        var output = Path.Combine(_root, "public");
        using (OutputLock.Acquire(output, TimeSpan.Zero))
            AssertRefused(Build(output, "--lock-wait", "0"), output, "another build is writing this folder");

        var held = OutputLock.Acquire(output, TimeSpan.Zero);
        var release = Task.Delay(1500).ContinueWith(_ => held.Dispose());
        var waited = Build(output, "--lock-wait", "60");
        release.Wait();
        Assert.That(waited.ExitCode, Is.EqualTo(0), waited.Errors);
        Assert.That(waited.Output, Does.Contain($"waiting for another build to finish writing {output}"));
    }

    [Test]
    public void Concurrent_builds_into_one_folder_each_publish_the_whole_site()
    {
        var reference = Path.Combine(_root, "reference");
        Assert.That(Build(reference).ExitCode, Is.EqualTo(0));
        var expected = FolderHashes.Of(reference);

        var output = Path.Combine(_root, "public");
        var runs = Enumerable.Range(0, 3).Select(_ => Task.Run(() => Build(output, "--no-cache"))).ToArray();
        Task.WaitAll(runs);
        Assert.That(runs.Select(r => r.Result.ExitCode), Is.All.EqualTo(0), string.Join("\n", runs.Select(r => r.Result.Errors)));
        Assert.That(FolderHashes.Differences(expected, FolderHashes.Of(output)), Is.Empty);
    }

    [Test]
    public void The_swap_exchanges_old_and_new_site_in_one_step()
    {
        // Two renames left an instant (and, after a crash between them, a state) with no site at all.
        var site = Path.Combine(_root, "site");
        var staged = Path.Combine(_root, ".site.staging");
        Directory.CreateDirectory(site);
        Directory.CreateDirectory(staged);
        File.WriteAllText(Path.Combine(site, "index.html"), "old");
        File.WriteAllText(Path.Combine(staged, "index.html"), "new");
        Assert.That(AtomicSwap.TryExchange(staged, site), Is.True, "renameat2(RENAME_EXCHANGE) on Linux");
        Assert.That(File.ReadAllText(Path.Combine(site, "index.html")), Is.EqualTo("new"));
        Assert.That(File.ReadAllText(Path.Combine(staged, "index.html")), Is.EqualTo("old"));
    }

    /// <summary>A project folder as the build finds one: package.json and package-lock.json beside templates/.</summary>
    private string MakeFakeProject()
    {
        var project = Path.Combine(_root, "project");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "package.json"), "{}");
        File.WriteAllText(Path.Combine(project, "package-lock.json"), "{}");
        TempFolder.CopyInto(RepoPaths.Templates, Path.Combine(project, "templates"));
        return project;
    }
}
