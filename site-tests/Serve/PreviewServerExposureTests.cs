using SdgArchive.Diagnostics;
using SdgArchive.Serve;

namespace SdgArchive.SiteTests.Serve;

/// <summary>
/// The preview server answers only to its own address and shows no absolute path: before, any <c>Host</c> was
/// accepted, so a page on another site could read <c>diagnostics.json</c> through DNS rebinding, and it held the
/// machine's absolute paths (issue 15).
/// </summary>
public sealed class PreviewServerExposureTests : PreviewServerFixture
{
    [TestCase("evil.example")]
    [TestCase("evil.example:{port}")]
    [TestCase("127.0.0.1.nip.io:{port}")]
    [TestCase("192.168.1.20:{port}")]
    [TestCase("127.0.0.1:1")]
    public async Task A_host_that_is_not_theServers_own_address_is_refused(string host)
    {
        var response = await RawHttp.GetAsync(Server.Address, "/__sdg/diagnostics.json", host.Replace("{port}", Server.Address.Port.ToString()));
        Assert.That(response.Status, Is.EqualTo(421), response.Head);
    }

    [TestCase("127.0.0.1:{port}")]
    [TestCase("localhost:{port}")]
    [TestCase("127.0.0.1")]
    public async Task TheServers_own_address_is_answered(string host)
    {
        var response = await RawHttp.GetAsync(Server.Address, "/", host.Replace("{port}", Server.Address.Port.ToString()));
        Assert.That(response.Status, Is.EqualTo(200), response.Head);
    }

    [Test]
    public async Task Diagnostics_hold_no_absolute_path()
    {
        var project = Directory.GetCurrentDirectory();
        var elsewhere = Path.Combine(Site.Root, "index.html");
        Server.Hub.PublishBuild(
        [
            new Diagnostic(new SourceSpan(Path.Combine(project, "seeds", "001.txt"), 3, 1), Severity.Warning, DiagnosticCodes.BadLatLng, "latlng is not a number"),
            new Diagnostic(new SourceSpan(elsewhere, 0, 0), Severity.Warning, DiagnosticCodes.UnreadableFile, $"file could not be read: Could not find file '{elsewhere}'"),
        ], ["/documents/water/"]);
        using var client = new HttpClient();
        var json = await client.GetStringAsync(new Uri(Server.Address, PreviewServer.DiagnosticsPath));
        Assert.That(json, Does.Contain("seeds/001.txt(3,1): warning SDG012"));
        Assert.That(json, Does.Not.Contain(project).And.Not.Contain(Site.Root));
        Assert.That(json, Does.Contain("index.html"));
    }
}
