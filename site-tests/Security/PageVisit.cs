using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace SdgArchive.SiteTests.Security;

/// <summary>What happened while one page was open: the evidence the security tests judge.</summary>
public sealed class PageVisit(IBrowserContext context) : IAsyncDisposable
{
    public IPage Page { get; private set; } = null!;
    public int Status { get; set; }
    public ConcurrentBag<string> OffSiteRequests { get; } = [];
    public ConcurrentBag<string> MissingFiles { get; } = [];
    public ConcurrentBag<string> Dialogs { get; } = [];
    public ConcurrentBag<string> ConsoleErrors { get; } = [];
    public ConcurrentBag<string> PageErrors { get; } = [];

    internal void Attach(IPage page)
    {
        Page = page;
        page.Dialog += async (_, dialog) => { Dialogs.Add($"{dialog.Type}: {dialog.Message}"); await dialog.DismissAsync(); };
        page.Console += (_, message) => { if (message.Type == "error") ConsoleErrors.Add(message.Text); };
        page.PageError += (_, error) => PageErrors.Add(error);
    }

    /// <summary>Set by a hostile document's script if any ran (<c>window.__pwned</c>); null when none did.</summary>
    public Task<string?> PwnedMarkerAsync() => Page.EvaluateAsync<string?>("() => window.__pwned === undefined ? null : String(window.__pwned)");

    public Task<string> TitleAsync() => Page.TitleAsync();

    public async Task<IReadOnlyList<string>> CspViolationsAsync() =>
        await Page.EvaluateAsync<string[]>("() => window.__cspViolations || []");

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
