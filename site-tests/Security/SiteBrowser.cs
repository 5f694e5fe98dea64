using Microsoft.Playwright;
using SdgArchive.SiteTests.Properties;

namespace SdgArchive.SiteTests.Security;

/// <summary>
/// Headless Debian Chromium (never a downloaded browser) looking at a built site. Pages are served from the output
/// folder through request interception, with the site's Content-Security-Policy set as a real response header, so no
/// port is opened and every request the page makes is seen.
/// </summary>
public sealed class SiteBrowser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string Origin = "https://archive.test";

    private static readonly string[] LaunchArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    /// <summary>Runs in every page before its own scripts (and outside the page's CSP): records what the page must not do.</summary>
    private const string Watcher = """
        window.__cspViolations = [];
        window.__dialogs = [];
        document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
            `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`));
        """;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private SiteBrowser(IPlaywright playwright, IBrowser browser) { _playwright = playwright; _browser = browser; }

    /// <summary>Starts Chromium, or skips the test (with the reason) when it is not installed; in CI a missing browser fails.</summary>
    public static async Task<SiteBrowser> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            var reason = $"{ChromiumPath} is not installed (apt-get install -y --no-install-recommends chromium)";
            if (TestInputs.RunningInCi) Assert.Fail(reason + "; CI=true, so browser tests may not be skipped");
            Assert.Ignore(reason);
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = LaunchArgs });
        return new SiteBrowser(playwright, browser);
    }

    /// <summary>Opens <paramref name="sitePath"/> (e.g. <c>/documents/x/</c>) of the site in <paramref name="outputFolder"/>.</summary>
    public async Task<PageVisit> VisitAsync(string outputFolder, string sitePath, string contentSecurityPolicy)
    {
        var context = await _browser.NewContextAsync(new() { JavaScriptEnabled = true, ServiceWorkers = ServiceWorkerPolicy.Block });
        var visit = new PageVisit(context);
        await context.AddInitScriptAsync(Watcher);
        await context.RouteAsync("**/*", route => ServeAsync(route, outputFolder, contentSecurityPolicy, visit));
        var page = await context.NewPageAsync();
        visit.Attach(page);
        var response = await page.GotoAsync(Origin + sitePath, new() { WaitUntil = WaitUntilState.Load });
        visit.Status = response?.Status ?? 0;
        // Let timers, lazy images and the site's own deferred scripts run.
        await page.WaitForTimeoutAsync(150);
        return visit;
    }

    private static async Task ServeAsync(IRoute route, string outputFolder, string csp, PageVisit visit)
    {
        var url = new Uri(route.Request.Url);
        if (!string.Equals($"{url.Scheme}://{url.Authority}", Origin, StringComparison.OrdinalIgnoreCase))
        {
            visit.OffSiteRequests.Add(route.Request.Url);
            await route.AbortAsync();
            return;
        }
        var file = StaticFiles.Resolve(outputFolder, Uri.UnescapeDataString(url.AbsolutePath));
        var headers = new Dictionary<string, string> { ["Content-Security-Policy"] = csp };
        if (file is null)
        {
            visit.MissingFiles.Add(url.AbsolutePath);
            var notFound = Path.Combine(outputFolder, "404.html");
            headers["Content-Type"] = "text/html; charset=utf-8";
            await route.FulfillAsync(new() { Status = 404, Headers = headers, BodyBytes = File.Exists(notFound) ? await File.ReadAllBytesAsync(notFound) : [] });
            return;
        }
        headers["Content-Type"] = StaticFiles.ContentType(file);
        await route.FulfillAsync(new() { Status = 200, Headers = headers, BodyBytes = await File.ReadAllBytesAsync(file) });
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
