using SdgArchive.Commands;
using SdgArchive.SiteTests.Support;

namespace SdgArchive.SiteTests.Cache;

/// <summary>What <c>build</c> prints when not on a terminal (CI, pipes): one plain line per stage, then what it rendered and reused.</summary>
[TestFixture]
public sealed class BuildCommandOutputTests
{
    private static (int Code, string Output) Run(string source, string output, string cache, params string[] extra)
    {
        var writer = new StringWriter();
        var code = BuildCommand.Run(new CommandLine([
            "--source", source, "--content", RepoPaths.Content, "--templates", RepoPaths.Templates,
            "--out", output, "--cache", cache, "--no-search", "--no-cards", .. extra]), writer, new StringWriter());
        return (code, writer.ToString());
    }

    [Test]
    public void Build_prints_a_line_per_stage_and_the_pages_it_rendered_and_reused()
    {
        var source = TempFolder.CopyOf(RepoPaths.Seeds, "command-source");
        var output = TempFolder.Create("command-out");
        var cache = TempFolder.Create("command-cache");

        var (code, cold) = Run(source, output, cache, "--verbose");
        Assert.That(code, Is.Zero, cold);
        Assert.That(cold, Does.Match(@"(?m)^read: 5 documents \(0 from the cache\) in \d+ ms$"));
        Assert.That(cold, Does.Match(@"(?m)^render: \d+ pages \(0 reused\) in \d+ ms$"));
        Assert.That(cold, Does.Contain("stage timings:"), "--verbose adds the timings table");
        Assert.That(cold, Does.Match(@"built 5 documents into (\d+) pages \(\1 rendered, 0 reused\)"));
        Assert.That(cold.Contains('\u001b'), Is.False, "no terminal control codes outside a terminal");

        var (_, warm) = Run(source, output, cache);
        Assert.That(warm, Does.Match(@"built 5 documents into (\d+) pages \(0 rendered, \1 reused\)"));
        Assert.That(warm, Does.Not.Contain("stage timings:"));

        File.AppendAllText(Directory.EnumerateFiles(source).Order(StringComparer.Ordinal).First(), "\n\nOne more paragraph.\n");
        var (_, edited) = Run(source, output, cache);
        Assert.That(edited, Does.Match(@"render: \d+ pages \([1-9]\d* reused\)"));
        Assert.That(edited, Does.Match(@"(?m)^read: 5 documents \(4 from the cache\) in \d+ ms$"),
            "only the edited document is parsed again");

        var (_, bypassed) = Run(source, output, cache, "--no-cache");
        Assert.That(bypassed, Does.Match(@"built 5 documents into (\d+) pages \(\1 rendered, 0 reused\)"));
        Assert.That(bypassed, Does.Match(@"(?m)^read: 5 documents in \d+ ms$"), "--no-cache parses every file");
    }
}
