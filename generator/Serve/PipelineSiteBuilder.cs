using SdgArchive.Build;

namespace SdgArchive.Serve;

/// <summary>
/// Serve's bridge to the build pipeline. Every change currently runs the full pipeline (read → … → swap);
/// the change set is passed on so an incremental pipeline can plug in here without touching serve.
/// The live-reload script is not put into the built pages: the preview server adds it on the way out.
/// </summary>
public sealed class PipelineSiteBuilder(BuildOptions options) : ISiteBuilder
{
    private readonly BuildOptions _options = options with { LiveReload = false, Search = false, Cards = false };

    public string OutputFolder => Path.GetFullPath(_options.Output);

    public Task<BuildOutcome> BuildAsync(ChangeSet? changes, CancellationToken cancellationToken) => Task.Run(() =>
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = new SiteBuilder(_options).Build();
        return new BuildOutcome(result.Succeeded, result.Diagnostics.Sorted(), [], clock.Elapsed);
    }, cancellationToken);

    /// <summary>Paths relative to the working folder when they are below it, so diagnostics read <c>seeds/x.txt(3,1)</c>.</summary>
    public static ISiteBuilder For(ServeProject project, string? baseUrl) => new PipelineSiteBuilder(new BuildOptions
    {
        Source = Shorten(project.SourceFolder),
        Content = Shorten(project.ContentFolder),
        Templates = Shorten(project.TemplatesFolder),
        Output = project.OutputFolder,
        BaseUrl = baseUrl,
        Verbose = project.Verbose,
    });

    private static string Shorten(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
