using Microsoft.Playwright;

namespace SdgArchive.SiteTests.Support;

/// <summary>
/// Answers every request of a browser context from a built folder through request interception, with the deployed
/// headers (CSP included), so no port is opened and every request the page makes is seen. Requests to any other
/// origin are aborted and recorded.
/// </summary>
public sealed class BrowserSiteRoutes(string folder, string origin = BrowserSiteRoutes.DefaultOrigin, string basePath = "/",
    IReadOnlyDictionary<string, string>? headers = null)
{
    /// <summary>
    /// Off-site requests that are expected and not a fault (e.g. a document's own pictures, which stay remote by design):
    /// still aborted (no network in tests), but not recorded as problems.
    /// </summary>
    public Func<IRequest, bool> MayLeaveTheSite { get; init; } = _ => false;

    /// <summary>Images a document links to on other sites: the deployed CSP allows them (<c>img-src https:</c>).</summary>
    public static bool IsRemoteImage(IRequest request) => request.ResourceType == "image" && request.Url.StartsWith("https://", StringComparison.Ordinal);

    public const string DefaultOrigin = "https://archive.test";

    private readonly IReadOnlyDictionary<string, string> _headers = headers ?? BrowserDeployedHeaders.ForEveryPage;

    /// <summary>Where the site's home page is, e.g. <c>https://archive.test/archive/</c>.</summary>
    public string BaseUrl { get; } = origin.TrimEnd('/') + basePath;

    internal Task AttachAsync(IBrowserContext context, BrowserProblems problems) =>
        context.RouteAsync("**/*", route => AnswerAsync(route, problems));

    private async Task AnswerAsync(IRoute route, BrowserProblems problems)
    {
        var url = route.Request.Url;
        if (!url.StartsWith(BaseUrl, StringComparison.Ordinal))
        {
            if (MayLeaveTheSite(route.Request)) problems.ExpectFailure(url);
            else problems.OffSiteRequests.Enqueue(url);
            await route.AbortAsync();
            return;
        }
        var path = Uri.UnescapeDataString(new Uri(url).AbsolutePath);
        var file = BrowserStaticFiles.Resolve(folder, path[(basePath.Length - 1)..]);
        var responseHeaders = new Dictionary<string, string>(_headers);
        if (file is null)
        {
            problems.MissingFiles.Enqueue(path);
            var notFound = Path.Combine(folder, "404.html");
            responseHeaders["Content-Type"] = "text/html; charset=utf-8";
            await route.FulfillAsync(new() { Status = 404, Headers = responseHeaders, BodyBytes = File.Exists(notFound) ? await File.ReadAllBytesAsync(notFound) : [] });
            return;
        }
        responseHeaders["Content-Type"] = BrowserStaticFiles.ContentType(file);
        await route.FulfillAsync(new() { Status = 200, Headers = responseHeaders, BodyBytes = await File.ReadAllBytesAsync(file) });
    }
}
