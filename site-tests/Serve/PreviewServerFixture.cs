using SdgArchive.Serve;

namespace SdgArchive.SiteTests.Serve;

/// <summary>A preview server on a free loopback port over a small test site, started afresh for each test.</summary>
public abstract class PreviewServerFixture
{
    private protected TestSite Site { get; private set; } = null!;
    protected PreviewServer Server { get; private set; } = null!;

    [SetUp]
    public async Task StartServer()
    {
        Site = new TestSite();
        Server = new PreviewServer(new PreviewServerOptions { Root = Site.Root, Port = 0 });
        await Server.StartAsync();
    }

    [TearDown]
    public async Task StopServer()
    {
        await Server.DisposeAsync();
        Site.Dispose();
    }
}
