using SdgArchive.Diagnostics;

namespace SdgArchive.Commands;

/// <summary>
/// One thing on the command line that was not understood, named by what was typed: printed like a diagnostic,
/// <c>--port: error SDG100: needs a whole number from 0 to 65535, not 'abc'</c>.
/// </summary>
public sealed record UsageProblem(string Typed, string Message)
{
    public override string ToString() =>
        new Diagnostic(new SourceSpan(Typed, 0, 0), Severity.Error, DiagnosticCodes.CommandLine, Message).ToString();
}
