using SdgArchive.Diagnostics;

namespace SdgArchive.Serve;

/// <summary>Serves an already built folder as it is (<c>serve --dir public</c>): nothing to build, every change just reloads.</summary>
public sealed class StaticFolderBuilder(string folder) : ISiteBuilder
{
    public string OutputFolder { get; } = Path.GetFullPath(folder);

    public Task<BuildOutcome> BuildAsync(ChangeSet? changes, CancellationToken cancellationToken)
    {
        IReadOnlyList<Diagnostic> diagnostics = Directory.Exists(OutputFolder)
            ? []
            : [new Diagnostic(new SourceSpan(OutputFolder, 0, 0), Severity.Error, DiagnosticCodes.UnreadableFile, "folder to serve does not exist")];
        return Task.FromResult(new BuildOutcome(diagnostics.Count == 0, diagnostics, [], TimeSpan.Zero));
    }
}
