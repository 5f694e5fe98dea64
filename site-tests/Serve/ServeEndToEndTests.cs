using System.Text;
using System.Threading.Channels;
using SdgArchive.Commands;
using SdgArchive.Reading;
using SdgArchive.Serve;

namespace SdgArchive.SiteTests.Serve;

/// <summary>
/// <c>serve</c> as a user runs it, with the real build pipeline, over a temporary copy of the project:
/// fetch a document page, edit the document, see the new text served and a reload event sent.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ServeEndToEndTests
{
    /// <summary>Collects what serve prints, line by line, so the test can wait for the listening address.</summary>
    private sealed class LineWriter : TextWriter
    {
        private readonly StringBuilder _line = new();
        public Channel<string> Lines { get; } = Channel.CreateUnbounded<string>();
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            lock (_line)
            {
                if (value != '\n') { _line.Append(value); return; }
                Lines.Writer.TryWrite(_line.ToString());
                _line.Clear();
            }
        }
    }

    private string _project = null!;
    private LineWriter _output = null!;

    /// <summary>Waits until serve printed that a rebuild is over (with or without errors); returns that line.</summary>
    private async Task<string> RebuiltAsync(CancellationToken cancellationToken)
    {
        await foreach (var line in _output.Lines.Reader.ReadAllAsync(cancellationToken))
            if (line.StartsWith("serve: rebuilt", StringComparison.Ordinal)) return line;
        throw new InvalidOperationException("serve stopped printing");
    }

    [SetUp]
    public void CopyProject()
    {
        _project = TempFolder.Create("serve-e2e");
        foreach (var folder in new[] { "seeds", "templates", "content" }) TempFolder.CopyInto(Path.Combine(RepoPaths.Root, folder), Path.Combine(_project, folder));
    }

    [TearDown]
    public void DeleteProject() => TempFolder.Remove(_project);

    [Test]
    public async Task Serve_builds_serves_a_document_and_after_an_edit_serves_the_new_text_and_sends_a_reload()
    {
        var (seed, slug) = FirstSeed();
        await WhileServingAsync([], async (address, timeout) =>
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var page = new Uri(address, $"documents/{slug}/");
            var before = await client.GetStringAsync(page, timeout);
            using var events = await client.GetAsync(new Uri(address, PreviewServer.EventsPath), HttpCompletionOption.ResponseHeadersRead, timeout);
            using var reader = new StreamReader(await events.Content.ReadAsStreamAsync(timeout));
            await SseReader.ReadUntilEventAsync(reader, "hello", timeout);

            const string marker = "Freshly edited paragraph about rainwater harvesting";
            await File.AppendAllTextAsync(seed, $"\n\n{marker}\n", timeout);
            await SseReader.ReadUntilEventAsync(reader, "reload", timeout);
            var after = await client.GetStringAsync(page, timeout);

            Assert.That(before, Does.Not.Contain(marker));
            Assert.That(before, Does.Contain(ReloadScriptInjector.ScriptTag));
            Assert.That(after, Does.Contain(marker));
            Assert.That(File.ReadAllText(Path.Combine(_project, ".public-serve", "documents", slug, "index.html")), Does.Not.Contain("__sdg"));
        });
    }

    [Test]
    public async Task Serve_takes_the_builds_base_url_option_and_serves_the_site_under_that_path()
    {
        var (_, slug) = FirstSeed();
        await WhileServingAsync(["--base-url", "/archive/"], async (address, timeout) =>
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var page = await client.GetStringAsync(new Uri(address, $"/archive/documents/{slug}/"), timeout);
            Assert.That(page, Does.Contain("href=\"/archive/assets/site.").And.Contain("href=\"/archive/map/\""), "links carry the base path");
        });
    }

    [Test]
    public async Task Serve_never_answers_500_while_rebuilding_and_survives_the_source_folder_deleted_and_restored()
    {
        var (seed, _) = FirstSeed();
        var seeds = Path.Combine(_project, "seeds");
        await WhileServingAsync([], async (address, timeout) =>
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var statuses = new System.Collections.Concurrent.ConcurrentBag<(int Status, string Path)>();
            using var stopHammering = CancellationTokenSource.CreateLinkedTokenSource(timeout);
            // Readers of the pages a title edit moves or rewrites, while the site is rebuilt and swapped under them.
            var hammer = Task.Run(async () =>
            {
                while (!stopHammering.IsCancellationRequested)
                {
                    var slug = DocumentReader.Read(Path.GetFileName(seed), File.ReadAllBytes(seed)).Document?.Slug ?? "x";
                    foreach (var path in new[] { $"documents/{slug}/", "", "documents/", "feed.xml", "sitemap.xml" })
                    {
                        try
                        {
                            using var response = await client.GetAsync(new Uri(address, path), stopHammering.Token);
                            statuses.Add(((int)response.StatusCode, path));
                        }
                        catch (OperationCanceledException) { return; }
                    }
                }
            });
            var original = await File.ReadAllTextAsync(seed, timeout);
            for (var i = 0; i < 4; i++)
            {
                await File.WriteAllTextAsync(seed, $"# Edited title number {i} for rainwater\n\n{original}", timeout);
                await RebuiltAsync(timeout);
            }
            await stopHammering.CancelAsync();
            await hammer;

            Directory.Move(seeds, seeds + "-away");
            await RebuiltAsync(timeout);
            Directory.Move(seeds + "-away", seeds);
            await RebuiltAsync(timeout);
            const string marker = "Written after the source folder came back";
            await File.AppendAllTextAsync(seed, $"\n\n{marker}\n", timeout);
            await RebuiltAsync(timeout);
            var slugNow = DocumentReader.Read(Path.GetFileName(seed), File.ReadAllBytes(seed)).Document!.Slug;
            var page = await client.GetStringAsync(new Uri(address, $"documents/{slugNow}/"), timeout);

            Assert.That(statuses.Where(s => s.Status >= 500), Is.Empty);
            Assert.That(statuses.Count(s => s.Status == 200), Is.GreaterThan(10));
            Assert.That(page, Does.Contain(marker), "serve rebuilds after the folder came back");
        });
    }

    [Test]
    public async Task A_page_edited_by_hand_in_the_output_is_written_again_by_the_next_rebuild()
    {
        var seeds = Directory.EnumerateFiles(Path.Combine(_project, "seeds")).Order(StringComparer.Ordinal).ToList();
        var otherSlug = DocumentReader.Read(Path.GetFileName(seeds[1]), File.ReadAllBytes(seeds[1])).Document!.Slug;
        await WhileServingAsync([], async (address, timeout) =>
        {
            var page = Path.Combine(_project, ".public-serve", "documents", otherSlug, "index.html");
            var original = await File.ReadAllTextAsync(page, timeout);
            // Same length, other words: the length alone does not tell.
            var forged = original.Replace("<h1", "<h2").Replace("</h1>", "</h2>");
            Assert.That(forged, Has.Length.EqualTo(original.Length).And.Not.EqualTo(original));
            await File.WriteAllTextAsync(page, forged, timeout);

            // An edit that serve re-renders alone, in place (the first document keeps its place in every list).
            await File.AppendAllTextAsync(seeds[0], "\n\nA paragraph added while the other page was forged.\n", timeout);
            await RebuiltAsync(timeout);

            Assert.That(await File.ReadAllTextAsync(page, timeout), Is.EqualTo(original));
        });
    }

    private (string Path, string Slug) FirstSeed()
    {
        var seed = Directory.EnumerateFiles(Path.Combine(_project, "seeds")).Order(StringComparer.Ordinal).First();
        return (seed, DocumentReader.Read(Path.GetFileName(seed), File.ReadAllBytes(seed)).Document!.Slug);
    }

    /// <summary>Runs <c>serve</c> on the project with <paramref name="options"/>, hands its address to the test, then stops it (exit code 0).</summary>
    private async Task WhileServingAsync(string[] options, Func<Uri, CancellationToken, Task> test)
    {
        using var stop = new CancellationTokenSource();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var output = _output = new LineWriter();
        var serving = Task.Run(() => ServeCommand.RunAsync(new CommandLine(["--project", _project, "--port", "0", .. options]), output, output, stop.Token));
        try
        {
            await test(await WaitForAddressAsync(output, timeout.Token), timeout.Token);
        }
        finally
        {
            stop.Cancel();
            Assert.That(await serving, Is.EqualTo(0));
        }
    }

    private static async Task<Uri> WaitForAddressAsync(LineWriter output, CancellationToken cancellationToken)
    {
        var seen = new List<string>();
        await foreach (var line in output.Lines.Reader.ReadAllAsync(cancellationToken))
        {
            seen.Add(line);
            if (line.StartsWith("serve: http://", StringComparison.Ordinal)) return new Uri(line.Split(' ')[1]);
        }
        throw new InvalidOperationException("serve printed no address:\n" + string.Join('\n', seen));
    }
}
