namespace SdgArchive.SiteTests.Security;

/// <summary>The same input built twice, into different folders, gives byte-identical files (CI fails on any difference).</summary>
[NonParallelizable]
public class ReproducibilityTests
{
    [Test]
    public void Seeds_and_both_corpora_build_to_identical_bytes()
    {
        AssertBuildsMatch(source =>
        {
            foreach (var folder in new[] { RepoPaths.Seeds, RepoPaths.TestCorpus("hostile"), RepoPaths.TestCorpus("broken") })
                foreach (var file in Directory.EnumerateFiles(folder, "*.txt"))
                    File.Copy(file, Path.Combine(source, Path.GetFileName(file)), overwrite: true);
        });
    }

    [Test]
    public void The_real_archive_sample_builds_to_identical_bytes()
    {
        var sample = RepoPaths.RequireCorpus();
        AssertBuildsMatch(source =>
        {
            foreach (var file in Directory.EnumerateFiles(sample)) File.Copy(file, Path.Combine(source, Path.GetFileName(file)));
        });
    }

    private static void AssertBuildsMatch(Action<string> fillSource)
    {
        using var first = SandboxedSite.From("repro-a", fillSource, allFeatures: true);
        using var second = SandboxedSite.From("repro-b", fillSource, allFeatures: true);
        Assert.That(first.ExitCode, Is.EqualTo(0), first.ErrorText);
        Assert.That(second.ExitCode, Is.EqualTo(0), second.ErrorText);

        var a = FolderHashes.Of(first.Output);
        var b = FolderHashes.Of(second.Output);
        Assert.That(a, Has.Count.GreaterThan(10), "the build wrote a site");
        Assert.That(FolderHashes.Differences(a, b), Is.Empty, "files that differ between two builds of the same input");
    }
}
