using SdgArchive.Diagnostics;
using SdgArchive.Serve;

namespace SdgArchive.SiteTests.Serve;

/// <summary>
/// The preview server answers only to its own address and shows no absolute path: before, any <c>Host</c> was
/// accepted, so a page on another site could read <c>diagnostics.json</c> through DNS rebinding, and it held the
/// machine's absolute paths (issue 15).
/// </summary>
public sealed class PreviewServerExposureTests
{
    private TestSite _site = null!;
    private PreviewServer _server = null!;

    [SetUp]
    public async Task StartServer()
    {
        _site = new TestSite();
        _server = new PreviewServer(new PreviewServerOptions { Root = _site.Root, Port = 0 });
        await _server.StartAsync();
    }

    [TearDown]
    public async Task StopServer()
    {
        await _server.DisposeAsync();
        _site.Dispose();
    }

    [TestCase("evil.example")]
    [TestCase("evil.example:{port}")]
    [TestCase("127.0.0.1.nip.io:{port}")]
    [TestCase("192.168.1.20:{port}")]
    [TestCase("127.0.0.1:1")]
    public async Task A_host_that_is_not_the_servers_own_address_is_refused(string host)
    {
        var response = await RawHttp.GetAsync(_server.Address, "/__sdg/diagnostics.json", host.Replace("{port}", _server.Address.Port.ToString()));
        Assert.That(response.Status, Is.EqualTo(421), response.Head);
    }

    [TestCase("127.0.0.1:{port}")]
    [TestCase("localhost:{port}")]
    [TestCase("127.0.0.1")]
    public async Task The_servers_own_address_is_answered(string host)
    {
        var response = await RawHttp.GetAsync(_server.Address, "/", host.Replace("{port}", _server.Address.Port.ToString()));
        Assert.That(response.Status, Is.EqualTo(200), response.Head);
    }

    [Test]
    public async Task Diagnostics_hold_no_absolute_path()
    {
        var project = Directory.GetCurrentDirectory();
        var elsewhere = Path.Combine(_site.Root, "index.html");
        _server.Hub.PublishBuild(
        [
            new Diagnostic(new SourceSpan(Path.Combine(project, "seeds", "001.txt"), 3, 1), Severity.Warning, DiagnosticCodes.BadLatLng, "latlng is not a number"),
            new Diagnostic(new SourceSpan(elsewhere, 0, 0), Severity.Warning, DiagnosticCodes.UnreadableFile, $"file could not be read: Could not find file '{elsewhere}'"),
        ], ["/documents/water/"]);
        using var client = new HttpClient();
        var json = await client.GetStringAsync(new Uri(_server.Address, PreviewServer.DiagnosticsPath));
        Assert.That(json, Does.Contain("seeds/001.txt(3,1): warning SDG012"));
        Assert.That(json, Does.Not.Contain(project).And.Not.Contain(_site.Root));
        Assert.That(json, Does.Contain("index.html"));
    }
}
