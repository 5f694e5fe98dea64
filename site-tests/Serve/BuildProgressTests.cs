using SdgArchive.Progress;

namespace SdgArchive.SiteTests.Serve;

[TestFixture]
public sealed class BuildProgressTests
{
    [Test]
    public async Task Without_a_terminal_each_stage_prints_one_plain_line_with_its_count_and_time()
    {
        var output = new StringWriter();

        await BuildProgress.RunAsync(progress =>
        {
            using (var read = progress.Stage("read", 3)) { read.Advance(); read.Advance(2); read.Complete("documents"); }
            using (var render = progress.Stage("render", 2)) render.Advance(2);
            return Task.FromResult(0);
        }, verbose: false, plainOutput: output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(2));
        Assert.That(lines[0], Does.Match(@"^read: 3 documents in \d+ ms$"));
        Assert.That(lines[1], Does.Match(@"^render: 2 items in \d+ ms$"));
        Assert.That(output.ToString().Contains('\u001b'), Is.False, "no ANSI escape codes");
    }

    [Test]
    public async Task Verbose_adds_a_table_of_stage_timings()
    {
        var output = new StringWriter();

        await BuildProgress.RunAsync(progress =>
        {
            progress.Stage("read", 1).Complete();
            progress.Stage("write", 1).Complete();
            return Task.FromResult(0);
        }, verbose: true, plainOutput: output);

        Assert.That(output.ToString(), Does.Contain("stage timings:"));
        Assert.That(output.ToString(), Does.Match(@"\n  write\s+\d+ ms"));
        Assert.That(output.ToString(), Does.Match(@"\n  total\s+\d+ ms"));
    }
}
