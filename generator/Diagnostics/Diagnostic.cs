namespace SdgArchive.Diagnostics;

/// <summary>One message about the input, printed like a compiler's: <c>path(line,col): warning SDG012: text</c>.</summary>
public sealed record Diagnostic(SourceSpan Span, Severity Severity, string Code, string Message)
{
    /// <summary>
    /// Reported once per build however many pages meet it (<see cref="DiagnosticBag.Add"/> keeps the first): a problem
    /// with something pages share, an interface string no file has asked for at a template's line, a card partial
    /// that failed. Every page that read it records it (see <c>InputLog.Report</c>), so a warm build that reuses some
    /// of those pages still reports it, once, as a cold build does.
    /// </summary>
    public bool Once { get; init; }

    public override string ToString() =>
        $"{Span}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
