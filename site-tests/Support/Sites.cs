namespace SdgArchive.SiteTests.Support;

/// <summary>Sites built once per test run and shared by the read-only tests that inspect them.</summary>
public static class Sites
{
    /// <summary>The sub-path the deployed site may live under; links and assets must honour it.</summary>
    public const string ArchiveBasePath = "/archive/";

    private static readonly Lazy<BuiltSite> SeedsSite = new(() => BuiltSite.Build(RepoPaths.Seeds));
    private static readonly Lazy<BuiltSite> FixtureSite = new(() => BuiltSite.Build(Path.Combine(RepoPaths.Fixtures, "site"),
        o => o with { Content = Path.Combine(RepoPaths.Fixtures, "content") }));
    private static readonly Lazy<BuiltSite> DeployedSeedsSite = new(() => BuildDeployed(basePath: null));
    private static readonly Lazy<BuiltSite> DeployedSeedsUnderArchiveSite = new(() => BuildDeployed(ArchiveBasePath));

    /// <summary>The five seeds with the repository's content and templates.</summary>
    public static BuiltSite Seeds => SeedsSite.Value;

    /// <summary>Hand-made documents for pagination, escaping and sanitising, with a page size of 2.</summary>
    public static BuiltSite Fixtures => FixtureSite.Value;

    /// <summary>The seeds built the way they are deployed: search index (the pinned pagefind) and social cards included.</summary>
    public static BuiltSite DeployedSeeds => DeployedSeedsSite.Value;

    /// <summary><see cref="DeployedSeeds"/> under <see cref="ArchiveBasePath"/>.</summary>
    public static BuiltSite DeployedSeedsUnderArchive => DeployedSeedsUnderArchiveSite.Value;

    private static BuiltSite BuildDeployed(string? basePath) => BuiltSite.Build(RepoPaths.Seeds, o => o with
    {
        BaseUrl = basePath ?? o.BaseUrl,
        Search = true,
        Cards = true,
        Cache = TempFolder.Create("cache"),
    });
}
