namespace SdgArchive.Serve;

/// <summary>
/// What <c>serve</c> needs from the build pipeline: a full build (<c>changes</c> null) and an incremental
/// one that redoes only what <paramref name="changes"/> affects.
/// </summary>
public interface ISiteBuilder
{
    /// <summary>The folder the build writes the site to (what the preview server serves).</summary>
    string OutputFolder { get; }

    Task<BuildOutcome> BuildAsync(ChangeSet? changes, CancellationToken cancellationToken);
}
