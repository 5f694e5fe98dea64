using System.Reflection;
using SdgArchive.Diagnostics;

namespace SdgArchive.Commands;

/// <summary>
/// Turns what stopped a command (a refused or unwritable output folder, a full disk, a bug) into one diagnostic line a
/// person can act on, with the path and a stable code; the stack trace only under <c>--verbose</c>. Before,
/// <c>--out /</c>, a read-only folder and a full disk ended in a stack trace and exit 134.
/// </summary>
public static class CommandFailure
{
    /// <summary>What a failure not about one path is reported at.</summary>
    public const string Program = "sdg-archive";

    public static int Report(Exception exception, string output, bool verbose, TextWriter errors)
    {
        errors.WriteLine(Describe(exception, output));
        if (verbose) errors.WriteLine(exception.ToString());
        return 1;
    }

    public static string Describe(Exception exception, string output) => OneLine(Cause(exception) switch
    {
        Output.OutputRefusedException refused => Error(refused.Folder, DiagnosticCodes.OutputRefused, refused.Reason),
        UnauthorizedAccessException denied =>
            Error(output, DiagnosticCodes.OutputUnwritable, $"permission denied ({denied.Message})"),
        IOException io when IsDiskFull(io) =>
            Error(output, DiagnosticCodes.OutputUnwritable, $"the disk is full ({io.Message})"),
        IOException io => Error(output, DiagnosticCodes.OutputUnwritable, $"could not write ({io.Message})"),
        var other => Error(Program, DiagnosticCodes.Internal,
            $"internal error ({other.GetType().Name}: {other.Message}); please report it, with --verbose output"),
    });

    /// <summary><c>path: error CODE: reason</c>, the form every diagnostic has.</summary>
    public static string Error(string subject, string code, string reason) =>
        new Diagnostic(new SourceSpan(subject, 0, 0), Severity.Error, code, reason).ToString();

    /// <summary>The first real failure inside the wrappers of parallel loops and tasks (a full disk fails many pages at once).</summary>
    private static Exception Cause(Exception exception) =>
        exception is AggregateException aggregate ? Cause(aggregate.Flatten().InnerExceptions[0])
        : exception is TargetInvocationException { InnerException: { } inner } ? Cause(inner)
        : exception;

    /// <summary>ENOSPC (28) and EDQUOT (122): .NET reports both as a plain IOException with the errno in HResult.</summary>
    private static bool IsDiskFull(IOException io) =>
        (io.HResult & 0xFFFF) is 28 or 122 || io.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase);

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
