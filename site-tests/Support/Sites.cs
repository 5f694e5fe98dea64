namespace SdgArchive.SiteTests.Support;

/// <summary>Sites built once per test run and shared by the read-only tests that inspect them.</summary>
public static class Sites
{
    private static readonly Lazy<BuiltSite> SeedsSite = new(() => BuiltSite.Build(RepoPaths.Seeds));
    private static readonly Lazy<BuiltSite> FixtureSite = new(() => BuiltSite.Build(Path.Combine(RepoPaths.Fixtures, "site"),
        o => o with { Content = Path.Combine(RepoPaths.Fixtures, "content") }));

    /// <summary>The five seeds with the repository's content and templates.</summary>
    public static BuiltSite Seeds => SeedsSite.Value;

    /// <summary>Hand-made documents for pagination, escaping and sanitising, with a page size of 2.</summary>
    public static BuiltSite Fixtures => FixtureSite.Value;
}
