namespace SdgArchive.SiteTests.Properties;

/// <summary>
/// Where test input lives: the corpora copied next to the test assembly, the repository's seeds, and the
/// real-archive sample in <c>../shared</c> beside the repository (present on developer machines and in CI).
/// </summary>
public static class TestInputs
{
    public static bool RunningInCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>A corpus folder copied to the output by the test project (<c>Corpora/hostile</c>, <c>Corpora/broken</c>).</summary>
    public static string Corpus(string name)
    {
        var folder = Path.Combine(TestContext.CurrentContext.TestDirectory, "Corpora", name);
        if (!Directory.Exists(folder)) Assert.Fail($"corpus folder {folder} was not copied to the test output; check the csproj <None Include> items");
        return folder;
    }

    /// <summary>The repository root: the folder holding <c>sdg-archive.sln</c>, found upwards from the test assembly.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "sdg-archive.sln"))) return dir.FullName;
            throw new InvalidOperationException("sdg-archive.sln not found above the test assembly");
        }
    }

    public static string Seeds => Path.Combine(RepositoryRoot, "seeds");

    /// <summary>
    /// The 400-page real-archive sample from <c>../shared</c>. Outside CI the test is skipped with the reason when the
    /// folder is missing; in CI (<c>CI=true</c>) a missing folder fails, so a misconfigured pipeline cannot pass quietly.
    /// </summary>
    public static string SharedCorpus()
    {
        var folder = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus", "sdg-commons-sample"));
        if (Directory.Exists(folder)) return folder;
        var reason = $"the real-archive sample {folder} is missing: ../shared must sit beside the repository";
        if (RunningInCi) Assert.Fail(reason + " (CI=true, so this is not skipped)");
        Assert.Ignore(reason);
        return folder;
    }
}
