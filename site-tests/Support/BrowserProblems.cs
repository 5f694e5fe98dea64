using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SdgArchive.SiteTests.Support;

/// <summary>What a page did wrong while it was open: the evidence browser tests judge.</summary>
public sealed partial class BrowserProblems
{
    private const string ReportFunction = "__sdgReportPolicyViolation";

    /// <summary>Runs before the page's own scripts and outside its CSP; reports each violation through a binding.</summary>
    private const string ViolationWatcher = $$"""
        document.addEventListener('securitypolicyviolation', e => window.{{ReportFunction}}(
            `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`));
        """;

    public ConcurrentQueue<string> ConsoleErrors { get; } = new();
    public ConcurrentQueue<string> PageErrors { get; } = new();
    public ConcurrentQueue<string> PolicyViolations { get; } = new();
    public ConcurrentQueue<string> OffSiteRequests { get; } = new();
    public ConcurrentQueue<string> MissingFiles { get; } = new();
    public ConcurrentQueue<string> Dialogs { get; } = new();

    private readonly ConcurrentDictionary<string, bool> _expectedFailures = new(StringComparer.Ordinal);

    /// <summary>A request the test aborted on purpose: the browser's "failed to load" message for it is not a fault.</summary>
    internal void ExpectFailure(string url) => _expectedFailures[url] = true;

    /// <summary>Everything above, one line each, for an <c>Is.Empty</c> assertion with a readable message.</summary>
    public IReadOnlyList<string> All =>
    [
        .. ConsoleErrors.Select(e => "console: " + e),
        .. PageErrors.Select(e => "script error: " + e),
        .. PolicyViolations.Select(e => "CSP: " + e),
        .. OffSiteRequests.Select(e => "left the site: " + e),
        .. MissingFiles.Select(e => "missing: " + e),
        .. Dialogs.Select(e => "dialog: " + e),
    ];

    internal async Task WatchAsync(IBrowserContext context)
    {
        await context.ExposeFunctionAsync(ReportFunction, (string violation) => PolicyViolations.Enqueue(violation));
        await context.AddInitScriptAsync(ViolationWatcher);
    }

    /// <summary>A console location is <c>URL:line:column</c>.</summary>
    private static string WithoutLineAndColumn(string location) => LineAndColumn().Replace(location, "");

    [GeneratedRegex(@":\d+:\d+$")]
    private static partial Regex LineAndColumn();

    internal void Watch(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type != "error" || _expectedFailures.ContainsKey(WithoutLineAndColumn(message.Location))) return;
            ConsoleErrors.Enqueue(message.Location.Length > 0 ? $"{message.Text} ({message.Location})" : message.Text);
        };
        page.PageError += (_, error) => PageErrors.Enqueue(error);
        page.Dialog += async (_, dialog) => { Dialogs.Enqueue($"{dialog.Type}: {dialog.Message}"); await dialog.DismissAsync(); };
    }
}
