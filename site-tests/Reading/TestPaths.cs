namespace SdgArchive.SiteTests.Reading;

/// <summary>Folders the reader tests read: the repository root (found upwards from the test binaries) and the shared corpus.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string GoldenInputs => Path.Combine(RepositoryRoot, "site-tests", "Golden", "inputs");

    /// <summary>The 400 real pages; CI has <c>../shared</c> beside the repository.</summary>
    public static string Corpus => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus", "sdg-commons-sample"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "generator")) && Directory.Exists(Path.Combine(dir.FullName, "site-tests")))
                return dir.FullName;
        throw new DirectoryNotFoundException("repository root (with generator/ and site-tests/) not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
