using Microsoft.Playwright;

namespace SdgArchive.SiteTests.Support;

/// <summary>
/// Headless Debian Chromium through Playwright (never a downloaded browser), one per test fixture. A missing browser is a
/// missing <see cref="Prerequisites"/>: the test is skipped with the reason, except on CI where it fails.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] LaunchArguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly IPlaywright _playwright;

    public IBrowser Browser { get; }

    private BrowserSession(IPlaywright playwright, IBrowser browser) { _playwright = playwright; Browser = browser; }

    public static async Task<BrowserSession> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath)) Prerequisites.Missing($"{ChromiumPath} is not installed (apt-get install -y --no-install-recommends chromium)");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = LaunchArguments });
        return new BrowserSession(playwright, browser);
    }

    /// <summary>
    /// A fresh context and page whose console errors, script errors, CSP violations, dialogs and off-site requests are
    /// recorded. With <paramref name="routes"/> every request is answered from a folder (no port, no network).
    /// </summary>
    public async Task<BrowserVisit> NewVisitAsync(BrowserNewContextOptions? options = null, BrowserSiteRoutes? routes = null)
    {
        var context = await Browser.NewContextAsync(options ?? new());
        var problems = new BrowserProblems();
        await problems.WatchAsync(context);
        if (routes is not null) await routes.AttachAsync(context, problems);
        var page = await context.NewPageAsync();
        problems.Watch(page);
        return new BrowserVisit(context, page, problems);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
    }
}
