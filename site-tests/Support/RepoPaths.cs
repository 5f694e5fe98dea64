namespace SdgArchive.SiteTests.Support;

/// <summary>Finds the repository root (where <c>sdg-archive.sln</c> lives) from the test's output folder, and the inputs below it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");
    public static string Templates => Path.Combine(Root, "templates");
    public static string Content => Path.Combine(Root, "content");
    public static string Fixtures => Path.Combine(Root, "site-tests", "Fixtures");
    public static string GoldenInputs => Path.Combine(Root, "site-tests", "Golden", "inputs");
    /// <summary>The 400 real archive pages, beside the repository in CI.</summary>
    public static string Corpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "sdg-commons-sample"));

    /// <summary>Skips the test when the shared corpus is absent on a developer's machine; in CI it must be there.</summary>
    public static string RequireCorpus()
    {
        if (!Directory.Exists(Corpus)) Prerequisites.Missing($"the real-archive sample {Corpus} is missing: ../shared must sit beside the repository");
        return Corpus;
    }

    /// <summary>A corpus folder the test project copies to its output (<c>Corpora/hostile</c>, <c>Corpora/broken</c>).</summary>
    public static string TestCorpus(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Corpora", name);
        if (!Directory.Exists(folder)) Assert.Fail($"corpus folder {folder} was not copied to the test output; check the csproj <None Include> items");
        return folder;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "sdg-archive.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root (with sdg-archive.sln) not found above " + AppContext.BaseDirectory);
    }
}
