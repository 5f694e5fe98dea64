namespace SdgArchive.SiteTests.Map;

/// <summary>Sites the map tests share, each built once per test run.</summary>
internal static class MapSites
{
    private static readonly Lazy<BuiltSite> CorpusSite =
        new(() => BuiltSite.Build(RepoPaths.RequireCorpus(), o => o with { BaseUrl = Sites.ArchiveBasePath }));

    /// <summary>The 400 shared corpus pages under <see cref="Sites.ArchiveBasePath"/>, without search or cards.</summary>
    public static BuiltSite Corpus => CorpusSite.Value;

}
