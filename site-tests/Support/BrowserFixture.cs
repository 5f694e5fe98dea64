namespace SdgArchive.SiteTests.Support;

/// <summary>
/// Base of the fixtures that look at pages in Chromium: one <see cref="BrowserSession"/> for all tests of the fixture,
/// launched before the fixture's own one-time set-up and closed after its tear-down.
/// </summary>
public abstract class BrowserFixture
{
    protected BrowserSession Browser { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task LaunchBrowser() => Browser = await BrowserSession.LaunchAsync();

    [OneTimeTearDown]
    public async Task CloseBrowser()
    {
        if (Browser is not null) await Browser.DisposeAsync();
    }
}
