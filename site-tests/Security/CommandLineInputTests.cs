using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using SdgArchive.Diagnostics;

namespace SdgArchive.SiteTests.Security;

/// <summary>
/// What a person types, run as the real program (<c>dotnet sdg-archive.dll …</c>, from a folder of its own): every
/// mistake is one diagnostic line, <c>what: error SDG1xx: reason</c>, with a non-zero exit and never a .NET stack
/// trace, and nothing is built or served on a guess. Before: <c>--out</c> last built into public/, <c>--port abc</c>
/// served on 8080, <c>--base-url 'not a url'</c> published under /not a url/, a missing output parent and a
/// mistyped <c>--templates</c> ended as "could not write", and a linked output was replaced by a folder.
/// </summary>
[TestFixture]
public sealed class CommandLineInputTests
{
    /// <summary>"error SDG100:", as every command line mistake is shown.</summary>
    private const string Usage = "error " + DiagnosticCodes.CommandLine + ":";

    private string _root = null!;
    private string _source = null!;

    [SetUp]
    public void MakeProject()
    {
        _root = TempFolder.Create("cli-input");
        _source = Path.Combine(_root, "seeds");
        TempFolder.CopyInto(RepoPaths.Seeds, _source);
    }

    [TearDown]
    public void Remove() => TempFolder.Remove(_root);

    private sealed record Run(int ExitCode, string Output, string Errors, TimeSpan Took)
    {
        public string FirstError => Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
    }

    /// <summary>Runs the program from <see cref="_root"/>, where a guessed default (public/) would land.</summary>
    private Run Program(params string[] arguments)
    {
        var generator = typeof(Commands.BuildCommand).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
            WorkingDirectory = _root,
        };
        start.ArgumentList.Add(generator);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"sdg-archive {string.Join(' ', arguments)} still ran after 90 s (serving on a guess?)");
        }
        return new Run(process.ExitCode, output.Result, errors.Result, clock.Elapsed);
    }

    /// <summary>
    /// <c>build</c> of the test's project with <paramref name="extra"/> arguments; the folders <paramref name="extra"/>
    /// does not name are the test's (an option given twice is refused).
    /// </summary>
    private Run Build(params string[] extra)
    {
        var folders = new Dictionary<string, string>
        {
            ["--source"] = _source, ["--templates"] = RepoPaths.Templates, ["--content"] = RepoPaths.Content,
            ["--cache"] = Path.Combine(_root, "cache"),
        };
        return Program([
            "build", .. folders.Where(f => !extra.Contains(f.Key)).SelectMany(f => new[] { f.Key, f.Value }),
            "--no-search", "--no-cards", .. extra]);
    }

    private static void AssertNoStackTrace(Run run)
    {
        Assert.That(run.Errors + run.Output, Does.Not.Contain("   at ").And.Not.Contain("Unhandled exception"),
            "a .NET stack trace reached the user");
    }

    /// <summary>Exit code, first error line as shown, no stack trace, nothing built in the working folder.</summary>
    private void AssertError(Run run, int exitCode, string firstLine)
    {
        Assert.That(run.ExitCode, Is.EqualTo(exitCode), run.Output + run.Errors);
        Assert.That(run.FirstError, Is.EqualTo(firstLine));
        AssertNoStackTrace(run);
        Assert.That(Directory.Exists(Path.Combine(_root, "public")), Is.False, "built into public/ on a guess");
    }

    [Test]
    public void An_option_without_its_value_is_an_error_not_the_default()
    {
        AssertError(Build("--out"), 2, $"--out: {Usage} needs a value (--out VALUE)");
        AssertError(Build("--out", ""), 2, $"--out: {Usage} needs a value, not an empty one");
        AssertError(Program("build", "--source"), 2,
            $"--source: {Usage} needs a value (--source VALUE)");
    }

    [Test]
    public void Unknown_options_commands_and_stray_words_are_named_with_a_suggestion()
    {
        var typo = Build("--stirct", "--out", Path.Combine(_root, "site"));
        AssertError(typo, 2, $"--stirct: {Usage} unknown option (did you mean --strict?)");
        Assert.That(typo.Errors, Does.Contain("usage: sdg-archive build"));
        Assert.That(Directory.Exists(Path.Combine(_root, "site")), Is.False);

        AssertError(Build("--strict", "yes"), 2,
            $"yes: {Usage} unexpected argument (options are written --name value)");
        AssertError(Build("--strict=yes"), 2, $"--strict: {Usage} takes no value");
        AssertError(Build("-o", "x"), 2, $"-o: {Usage} unknown option (options start with --)");
        AssertError(Program("biuld"), 2, $"biuld: {Usage} unknown command " +
            "(build, inspect, serve, bench, bench-images, bench-read, bench-browse or help)");
        AssertError(Program("inspect", "--jsn"), 2,
            $"--jsn: {Usage} unknown option (did you mean --json?)");

        var help = Program("serve", "--help");
        Assert.That(help.ExitCode, Is.Zero);
        Assert.That(help.Output, Does.StartWith("usage: sdg-archive <command> [options]"));
    }

    [TestCase("abc", "needs a whole number from 0 to 86400, not 'abc'")]
    [TestCase("-1", "needs a whole number from 0 to 86400, not '-1'")]
    public void A_lock_wait_that_is_not_a_number_of_seconds_is_refused(string value, string message) =>
        AssertError(Build("--lock-wait", value), 2, $"--lock-wait: {Usage} {message}");

    private const string NotAUrl =
        "is not a URL or path: spaces, quotes, <, >, \\ and control characters are not allowed (use %20)";
    private const string QueryOrFragment =
        "has a query (?) or fragment (#); a base URL is a folder that pages are addressed below";

    [Test]
    public void A_base_url_path_or_http_url_is_accepted_and_used()
    {
        var output = Path.Combine(_root, "site");
        var run = Build("--base-url=https://example.org/archive/", "--out", output);
        Assert.That(run.ExitCode, Is.Zero, run.Errors);
        Assert.That(File.ReadAllText(Path.Combine(output, "index.html")), Does.Contain("href=\"/archive/"));
    }

    [TestCase("not a url", NotAUrl)]
    [TestCase("https://example.org/a?b=1", QueryOrFragment)]
    [TestCase("/archive/#top", QueryOrFragment)]
    [TestCase("ftp://example.org/a", "is not an http(s) URL; write https://host/path/ or a path such as /archive/")]
    [TestCase("//example.org/a", "has no scheme; write https://host/path/ or a path such as /archive/")]
    [TestCase("https://user:pw@example.org/", "has a user name or password; a public address cannot")]
    public void A_base_url_that_is_not_a_path_or_http_url_is_refused(string value, string message)
    {
        var output = Path.Combine(_root, "site");
        AssertError(Build("--base-url", value, "--out", output), 2,
            $"--base-url: {Usage} '{value}' {message}");
        Assert.That(Directory.Exists(output), Is.False);
    }

    [Test]
    public void Input_folders_that_are_missing_or_files_are_named_before_anything_is_built()
    {
        var output = Path.Combine(_root, "site");
        var missing = Path.Combine(_root, "no-such-folder");
        var file = Path.Combine(_root, "notes.txt");
        File.WriteAllText(file, "mine");
        var code = DiagnosticCodes.InputFolderMissing;
        AssertError(Program("build", "--source", missing, "--out", output), 1,
            $"{missing}: error {code}: does not exist (--source)");
        AssertError(Program("build", "--source", file, "--out", output), 1,
            $"{file}: error {code}: is a file; --source names a folder");
        AssertError(Build("--templates", missing, "--out", output), 1,
            $"{missing}: error {code}: does not exist (--templates)");
        AssertError(Build("--content", missing, "--out", output), 1,
            $"{missing}: error {code}: does not exist (--content)");
        AssertError(Build("--out", output, "--cache", file), 1,
            $"{file}: error {code}: is a file; --cache names the folder the build keeps between runs");
        AssertError(Program("inspect", "--source", file), 1,
            $"{file}: error {code}: is a file; --source names a folder");
        // A relative path is read from the working folder: the message says which.
        AssertError(Program("build", "--source", "seedz", "--out", output), 1,
            $"seedz: error {code}: does not exist (--source, relative to {_root})");
        Assert.That(Directory.Exists(output), Is.False);
        Assert.That(File.ReadAllText(file), Is.EqualTo("mine"));
    }

    [Test]
    public void Missing_parents_of_the_output_are_made_even_with_spaces_and_unicode()
    {
        // The lead's report: --out /tmp/x/public with no /tmp/x ended in DirectoryNotFoundException.
        var output = Path.Combine(_root, "new parent", "ünï 公开", "public");
        var run = Build("--out", output);
        Assert.That(run.ExitCode, Is.Zero, run.Errors);
        AssertNoStackTrace(run);
        Assert.That(File.Exists(Path.Combine(output, "index.html")), Is.True);
        Assert.That(run.Output, Does.Contain($"in {output}/"));
    }

    [Test]
    public void One_output_written_three_ways_is_one_output()
    {
        var output = Path.Combine(_root, "site");
        var first = Build("--out", output + "/");
        Assert.That(first.ExitCode, Is.Zero, first.Errors);
        Assert.That(first.Output, Does.Contain($"in {output}/\n").And.Not.Contain("//"));
        // Before: "site/." was another key of the cache, and 12 of 87 pages of the unchanged site were rendered again.
        foreach (var same in new[] { output + "/.", Path.Combine(_root, "elsewhere", "..", "site") })
        {
            var again = Build("--out", same);
            Assert.That(again.Output, Does.Match(@"built 5 documents into (\d+) pages \(0 rendered, \1 reused\) in " +
                System.Text.RegularExpressions.Regex.Escape(output) + "/\n"));
        }
    }

    [Test]
    public void An_output_below_a_file_is_refused_and_the_file_kept()
    {
        var file = Path.Combine(_root, "notes.txt");
        File.WriteAllText(file, "mine");
        var output = Path.Combine(file, "site");
        AssertError(Build("--out", output), 1,
            $"{output}: error {DiagnosticCodes.OutputRefused}: {file} is a file, so no folder can be made inside it");
        Assert.That(File.ReadAllText(file), Is.EqualTo("mine"));
    }

    [Test]
    public void An_output_that_is_or_holds_the_cache_is_refused()
    {
        // Before: the cache's state file was published in the site and the cache deleted with the replaced site.
        var output = Path.Combine(_root, "site");
        AssertError(Build("--out", output, "--cache", output), 1,
            $"{output}: error {DiagnosticCodes.OutputRefused}: is the --cache folder; " +
            "the build replaces its output, so the output must be a folder of its own");
        var inside = Path.Combine(output, "cache");
        AssertError(Build("--out", output, "--cache", inside), 1,
            $"{output}: error {DiagnosticCodes.OutputRefused}: contains the --cache folder {inside}; " +
            "the build replaces its output, so it would delete it");
        Assert.That(Directory.Exists(output), Is.False);
    }

    [Test]
    public void An_output_that_is_a_link_is_built_through_and_stays_a_link()
    {
        var target = Path.Combine(_root, "www", "site");
        Directory.CreateDirectory(target);
        var link = Path.Combine(_root, "public-link");
        Directory.CreateSymbolicLink(link, target);
        for (var i = 0; i < 2; i++) // the second build replaces the first: the link must survive both
        {
            var run = Build("--out", link);
            Assert.That(run.ExitCode, Is.Zero, run.Errors);
            Assert.That(run.Output, Does.Contain($"{link} is a link: building into {target}"));
            Assert.That(new DirectoryInfo(link).LinkTarget, Is.EqualTo(target), "the link was replaced by a folder");
            Assert.That(File.Exists(Path.Combine(target, "index.html")), Is.True);
        }
        Assert.That(Directory.EnumerateFileSystemEntries(_root, ".public-link*"), Is.Empty,
            "the link was parked for the next build to delete");
    }

    [TestCase("abc", "needs a whole number from 0 to 65535, not 'abc'")]
    [TestCase("70000", "needs a whole number from 0 to 65535, not '70000'")]
    [TestCase(null, "needs a value (--port VALUE)")]
    public void Serve_refuses_a_port_that_is_not_one_instead_of_serving_on_8080(string? value, string message)
    {
        string[] port = value is null ? ["--port"] : ["--port", value];
        var run = Program(["serve", "--project", RepoPaths.Root, "--out", Path.Combine(_root, "serve-out"), .. port]);
        AssertError(run, 2, $"--port: {Usage} {message}");
        Assert.That(run.Output, Does.Not.Contain("serve: http://"));
        Assert.That(Directory.Exists(Path.Combine(_root, "serve-out")), Is.False);
    }

    [Test]
    public void Serve_on_a_port_in_use_says_so_before_building()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var output = Path.Combine(_root, "serve-out");
        var run = Program("serve", "--project", RepoPaths.Root, "--out", output, "--port", $"{port}");
        AssertError(run, 1, $"127.0.0.1:{port}: error {DiagnosticCodes.PortUnavailable}: " +
            "the port is already in use (another serve?); " +
            $"stop that program or choose another with --port {port + 1}");
        Assert.That(Directory.Exists(output), Is.False, "it built the site before finding the port taken");
    }

    [Test]
    public void Serve_names_a_folder_to_serve_that_is_not_there()
    {
        var missing = Path.Combine(_root, "no-such-site");
        AssertError(Program("serve", "--dir", missing, "--port", "0"), 1,
            $"{missing}: error {DiagnosticCodes.InputFolderMissing}: does not exist (--dir)");
    }
    [Test]
    public void An_option_given_twice_is_refused_naming_both_values()
    {
        var (first, second) = (Path.Combine(_root, "a"), Path.Combine(_root, "b"));
        AssertError(Build("--out", first, "--out", second), 2,
            $"--out: {Usage} given more than once ('{first}', then '{second}'); give it once");
        Assert.That(Directory.Exists(first) || Directory.Exists(second), Is.False, "built into one of them on a guess");
        AssertError(Build("--out", first, "--no-search"), 2,
            $"--no-search: {Usage} given more than once; give it once");
        AssertError(Build("--out", first, "--base-url=/a/", "--base-url", "/b/"), 2,
            $"--base-url: {Usage} given more than once ('/a/', then '/b/'); give it once");
    }

    [Test]
    public void A_source_without_documents_is_a_warning_and_a_strict_failure()
    {
        var empty = Path.Combine(_root, "empty");
        Directory.CreateDirectory(empty);
        File.WriteAllText(Path.Combine(empty, "README.md"), "Not a document: the archive's notes.");
        var output = Path.Combine(_root, "site");
        var warning = $"{empty}: warning {DiagnosticCodes.NoDocuments}: no documents in the source folder: " +
            "the site is built without a document page (--strict fails)";

        var run = Build("--source", empty, "--out", output);
        Assert.That(run.ExitCode, Is.Zero, run.Errors);
        Assert.That(run.Errors, Does.Contain(warning));
        Assert.That(File.Exists(Path.Combine(output, "index.html")), Is.True);

        var strict = Build("--source", empty, "--out", Path.Combine(_root, "strict"), "--strict");
        Assert.That(strict.ExitCode, Is.EqualTo(1), strict.Output + strict.Errors);
        Assert.That(strict.Errors, Does.Contain(warning));
        Assert.That(Directory.Exists(Path.Combine(_root, "strict")), Is.False);
        AssertNoStackTrace(strict);
    }

    [TestCase("ftp://example.org/a", "is not an http(s) URL; write https://host/path/ or a path such as /archive/")]
    [TestCase("/archive/?lang=en", QueryOrFragment)]
    [TestCase("https://example.org/a#top", QueryOrFragment)]
    [TestCase("not a url", NotAUrl)]
    public void A_base_url_in_the_settings_is_checked_like_the_option_at_its_line_and_column(string value,
        string message)
    {
        var content = Path.Combine(_root, "content");
        TempFolder.CopyInto(RepoPaths.Content, content);
        var settings = Path.Combine(content, "site.json");
        File.WriteAllText(settings, $$"""
            {
              // where the site is published
              "title": "Café archive",   "BaseURL": "{{value}}",
              "pageSize": 20
            }
            """);
        var output = Path.Combine(_root, "site");
        var run = Build("--content", content, "--out", output);
        Assert.That(run.ExitCode, Is.EqualTo(1), run.Output + run.Errors);
        Assert.That(run.Errors,
            Does.Contain($"{settings}(3,41): error {DiagnosticCodes.Settings}: baseUrl '{value}' {message}"));
        AssertNoStackTrace(run);
        Assert.That(Directory.Exists(output), Is.False, "published under a base URL it cannot have");

        File.WriteAllText(settings, """{ "baseUrl": "https://example.org/archive/" }""");
        var valid = Build("--content", content, "--out", output);
        Assert.That(valid.ExitCode, Is.Zero, valid.Errors);
        Assert.That(File.ReadAllText(Path.Combine(output, "index.html")), Does.Contain("href=\"/archive/"));
    }
}
