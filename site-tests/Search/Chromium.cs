using Microsoft.Playwright;

namespace SdgArchive.SiteTests.Search;

/// <summary>Debian's Chromium through Playwright (never a downloaded browser). Skips when absent, except on CI.</summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            const string reason = $"{ExecutablePath} is missing: apt-get install -y --no-install-recommends chromium";
            if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail(reason);
            Assert.Ignore(reason);
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Args = Arguments, Headless = true });
        return (playwright, browser);
    }
}
