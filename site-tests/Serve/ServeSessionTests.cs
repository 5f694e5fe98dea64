using System.Net;
using System.Threading.Channels;
using SdgArchive.Diagnostics;
using SdgArchive.Serve;

namespace SdgArchive.SiteTests.Serve;

/// <summary>
/// Drives a serve session end to end with a stand-in builder (one page per source file), so the
/// watch → rebuild → serve → reload loop is tested on its own, independent of the real pipeline.
/// </summary>
[TestFixture]
public sealed class ServeSessionTests
{
    private sealed class PagePerFileBuilder(string source, string output) : ISiteBuilder
    {
        public string OutputFolder => output;
        public List<ChangeSet?> Calls { get; } = [];

        public Task<BuildOutcome> BuildAsync(ChangeSet? changes, CancellationToken cancellationToken)
        {
            lock (Calls) Calls.Add(changes);
            var diagnostics = new List<Diagnostic>();
            foreach (var file in Directory.EnumerateFiles(source, "*.txt"))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                var text = File.ReadAllText(file);
                if (text.Contains("[[latlng:NaN", StringComparison.Ordinal))
                    diagnostics.Add(new(new SourceSpan($"seeds/{name}.txt", 1, 1), Severity.Warning, DiagnosticCodes.BadLatLng, "latlng is not a number"));
                var page = Path.Combine(output, "documents", name, "index.html");
                Directory.CreateDirectory(Path.GetDirectoryName(page)!);
                File.WriteAllText(page, $"<!doctype html><html><head><title>{name}</title></head><body>{WebUtility.HtmlEncode(text)}</body></html>");
            }
            foreach (var deleted in changes?.Of(ChangeKind.DocumentDeleted) ?? [])
                Directory.Delete(Path.Combine(output, "documents", Path.GetFileNameWithoutExtension(deleted.RelativePath)), true);
            return Task.FromResult(new BuildOutcome(true, diagnostics, [], TimeSpan.FromMilliseconds(1)));
        }
    }

    private string _project = null!;
    private string Seeds => Path.Combine(_project, "seeds");

    [SetUp]
    public void CreateProject()
    {
        _project = TempFolder.Create("session");
        Directory.CreateDirectory(Seeds);
        File.WriteAllText(Path.Combine(Seeds, "water.txt"), "Clean water for all");
    }

    [TearDown]
    public void DeleteProject() => TempFolder.Remove(_project);

    /// <summary>A started session over the project's seeds with the stand-in builder; <see cref="Rebuilt"/> receives every finished rebuild.</summary>
    private sealed record RunningSession(PagePerFileBuilder Builder, ServeSession Session, Channel<BuildOutcome> Rebuilt, HttpClient Client,
        CancellationTokenSource Timeout) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Timeout.Dispose();
            Client.Dispose();
            await Session.DisposeAsync();
        }
    }

    private async Task<RunningSession> StartSessionAsync()
    {
        var builder = new PagePerFileBuilder(Seeds, Path.Combine(_project, "out"));
        var rebuilt = Channel.CreateUnbounded<BuildOutcome>();
        var project = new ServeProject(_project, Seeds, builder.OutputFolder, UseCache: true, Verbose: false);
        var session = new ServeSession(builder, new PreviewServerOptions { Root = builder.OutputFolder, Port = 0 }, project.WatchedPaths(), TextWriter.Null);
        session.Rebuilt += outcome => rebuilt.Writer.TryWrite(outcome);
        await session.StartAsync(CancellationToken.None);
        return new RunningSession(builder, session, rebuilt, new HttpClient { Timeout = TimeSpan.FromSeconds(20) }, new CancellationTokenSource(TimeSpan.FromSeconds(20)));
    }

    [Test]
    public async Task Editing_a_document_serves_the_new_content_and_tells_open_tabs_to_reload()
    {
        await using var running = await StartSessionAsync();
        var (builder, session, _, client, timeout) = running;
        var page = new Uri(session.Address, "documents/water/");
        Assert.That(await client.GetStringAsync(page, timeout.Token), Does.Contain("Clean water for all"));
        using var events = await client.GetAsync(new Uri(session.Address, PreviewServer.EventsPath), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await events.Content.ReadAsStreamAsync(timeout.Token));
        await SseReader.ReadUntilEventAsync(reader, "hello", timeout.Token);

        await File.WriteAllTextAsync(Path.Combine(Seeds, "water.txt"), "Clean water and sanitation for all", timeout.Token);

        var reload = await SseReader.ReadUntilEventAsync(reader, "reload", timeout.Token);
        Assert.That(reload, Does.Contain("\"build\""));
        Assert.That(await client.GetStringAsync(page, timeout.Token), Does.Contain("Clean water and sanitation for all"));
        Assert.That(builder.Calls.Last()?.Changes.Select(c => $"{c.Kind} {c.RelativePath}"), Is.EqualTo(new[] { "DocumentChanged water.txt" }));
    }

    [Test]
    public async Task Diagnostics_reach_the_browser_until_the_document_is_fixed()
    {
        await using var running = await StartSessionAsync();
        var (_, session, rebuilt, client, timeout) = running;
        var diagnosticsUrl = new Uri(session.Address, PreviewServer.DiagnosticsPath);

        // A save can reach the watcher as two events (truncate, then write), so the first rebuild may see an empty file:
        // read the diagnostics after each rebuild until the saved text has been built (the timeout fails the test).
        async Task<string> SaveAndRead(string text, string expected)
        {
            await File.WriteAllTextAsync(Path.Combine(Seeds, "water.txt"), text, timeout.Token);
            string served;
            do
            {
                await rebuilt.Reader.ReadAsync(timeout.Token);
                served = await client.GetStringAsync(diagnosticsUrl, timeout.Token);
            } while (!served.Contains(expected, StringComparison.Ordinal));
            return served;
        }
        var broken = await SaveAndRead("[[latlng:NaN,Infinity]]\nClean water", "SDG012");
        var fixedUp = await SaveAndRead("[[latlng:5.6,-0.2]]\nClean water", "\"items\":[]");

        Assert.That(broken, Does.Contain("seeds/water.txt(1,1): warning SDG012"));
        Assert.That(fixedUp, Does.Contain("\"items\":[]"));
    }

    [Test]
    public async Task A_deleted_document_disappears_from_the_served_site()
    {
        await using var running = await StartSessionAsync();
        var (_, session, rebuilt, client, timeout) = running;

        File.Delete(Path.Combine(Seeds, "water.txt"));
        await rebuilt.Reader.ReadAsync(timeout.Token);
        using var response = await client.GetAsync(new Uri(session.Address, "documents/water/"), timeout.Token);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Serve_refuses_unknown_options_and_a_bad_host()
    {
        var error = new StringWriter();

        var unknown = await ServeCommand.RunAsync(new SdgArchive.Commands.CommandLine(["--prot", "9000"]), TextWriter.Null, error, CancellationToken.None);
        var badHost = await ServeCommand.RunAsync(new SdgArchive.Commands.CommandLine(["--dir", _project, "--host", "example.org"]), TextWriter.Null, error, CancellationToken.None);

        Assert.That(unknown, Is.EqualTo(2));
        Assert.That(badHost, Is.EqualTo(2));
        Assert.That(error.ToString(), Does.Contain("--prot"));
    }
}
