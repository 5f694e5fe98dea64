namespace SdgArchive.SiteTests.Support;

/// <summary>Finds the repository root (where <c>sdg-archive.sln</c> lives) from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");
    public static string Templates => Path.Combine(Root, "templates");
    public static string Content => Path.Combine(Root, "content");
    public static string Fixtures => Path.Combine(Root, "site-tests", "Fixtures");
    /// <summary>The 400 real archive pages, beside the repository in CI.</summary>
    public static string Corpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "sdg-commons-sample"));

    /// <summary>Skips the test when the shared corpus is absent on a developer's machine; in CI it must be there.</summary>
    public static string RequireCorpus()
    {
        if (!Directory.Exists(Corpus))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail($"CI needs ../shared beside the repository ({Corpus})");
            Assert.Ignore($"../shared/corpus is not beside the repository ({Corpus})");
        }
        return Corpus;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "sdg-archive.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }
}
