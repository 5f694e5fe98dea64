using SdgArchive.Diagnostics;

namespace SdgArchive.Serve;

/// <summary>
/// The result of one build as serve reports it. <see cref="ChangedPaths"/> are site-relative URLs of the
/// outputs that were written (empty means "unknown: reload everything").
/// </summary>
public sealed record BuildOutcome(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> ChangedPaths, TimeSpan Elapsed)
{
    public static BuildOutcome Failed(Diagnostic diagnostic, TimeSpan elapsed) => new(false, [diagnostic], [], elapsed);
}
