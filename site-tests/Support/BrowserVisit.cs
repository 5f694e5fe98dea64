using Microsoft.Playwright;

namespace SdgArchive.SiteTests.Support;

/// <summary>One browser context with its page and what went wrong in it; disposing closes the context.</summary>
public sealed class BrowserVisit(IBrowserContext context, IPage page, BrowserProblems problems) : IAsyncDisposable
{
    public IBrowserContext Context { get; } = context;
    public IPage Page { get; } = page;
    public BrowserProblems Problems { get; } = problems;

    public Task<IResponse?> GotoAsync(string url) => Page.GotoAsync(url);

    /// <summary>
    /// What the hostile test documents' scripts leave in <c>window.__pwned</c> when they run; null when no such script ran.
    /// </summary>
    public Task<string?> PwnedMarkerAsync() => Page.EvaluateAsync<string?>("() => window.__pwned === undefined ? null : String(window.__pwned)");

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
