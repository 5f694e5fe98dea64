namespace SdgArchive.Diagnostics;

/// <summary>One message about the input, printed like a compiler's: <c>path(line,col): warning SDG012: text</c>.</summary>
public sealed record Diagnostic(SourceSpan Span, Severity Severity, string Code, string Message)
{
    public override string ToString() =>
        $"{Span}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
