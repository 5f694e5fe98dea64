using SdgArchive.Commands;

namespace SdgArchive.SiteTests.Golden;

/// <summary>
/// What <c>inspect</c> prints for a lab team, compared with a hand-checked file (<c>inspect.expected.txt</c>): the
/// title with the line and column it came from, keys shown and internal, every section and answer with where it
/// starts and ends in the source (line:column–line:column). Inputs: the five seeds, a story (audio, timestamps, element
/// keys) and a solution with the internal <c>consent</c> key, copied unchanged from <c>Golden/inputs/</c>.
/// </summary>
public class InspectTextTests
{
    private static readonly string[] Inputs = ["SolutionMappers_COD.md", "barcoding_to_catalogue_biodiversity_in_gal_pagos.md"];

    private static string ExpectedPath => Path.Combine(RepoPaths.Root, "site-tests", "Golden", "inspect.expected.txt");

    [Test]
    public void Inspect_prints_the_tree_derived_model_with_spans_title_source_and_keys_as_hand_checked()
    {
        var source = TempFolder.Create("inspect");
        foreach (var seed in Directory.EnumerateFiles(RepoPaths.Seeds)) File.Copy(seed, Path.Combine(source, Path.GetFileName(seed)));
        foreach (var name in Inputs) File.Copy(Path.Combine(RepoPaths.GoldenInputs, name), Path.Combine(source, name));

        var output = new StringWriter();
        var exit = InspectCommand.Run(new CommandLine(["--source", source]), output, new StringWriter());
        Assert.That(exit, Is.EqualTo(0));
        var actual = output.ToString().ReplaceLineEndings("\n");
        Assert.That(actual, Does.Contain("keys internal: consent"), "the consent form's address is listed as internal");
        Assert.That(actual, Does.Match(@"§ \d+:\d+–\d+:\d+: "), "sections with start and end");

        var expected = File.ReadAllText(ExpectedPath).ReplaceLineEndings("\n");
        if (actual == expected) return;
        var actualPath = Path.Combine(TestContext.CurrentContext.WorkDirectory, "inspect.actual.txt");
        File.WriteAllText(actualPath, actual);
        var a = actual.Split('\n');
        var e = expected.Split('\n');
        var line = Enumerable.Range(0, Math.Min(a.Length, e.Length)).FirstOrDefault(i => a[i] != e[i], Math.Min(a.Length, e.Length));
        Assert.Fail($"inspect output differs from inspect.expected.txt at line {line + 1}\n" +
                    $"  expected: {(line < e.Length ? e[line] : "(end)")}\n  actual:   {(line < a.Length ? a[line] : "(end)")}\n" +
                    $"full output: {actualPath}");
    }
}
