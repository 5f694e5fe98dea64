using Microsoft.Playwright;

namespace SdgArchive.SiteTests.Support;

/// <summary>Screenshots kept as test attachments (in the test's work folder, never in the repository).</summary>
public static class BrowserScreenshots
{
    /// <summary>Saves a PNG named after the test and <paramref name="name"/>, attaches it to the test and returns its path.</summary>
    public static async Task<string> AttachAsync(IPage page, string name, bool fullPage = false)
    {
        var test = TestContext.CurrentContext.Test;
        // One folder per test case, so cases of one test never overwrite each other's pictures.
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots", Safe(test.ClassName ?? "tests"), Safe(test.Name));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, Safe(Path.GetFileNameWithoutExtension(name)) + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = fullPage });
        TestContext.AddTestAttachment(path, name);
        return path;
    }

    private static string Safe(string name) => string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' ? c : '-'));
}
