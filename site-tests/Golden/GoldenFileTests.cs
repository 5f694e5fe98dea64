using System.Text.Json;
using SdgArchive.Commands;
using SdgArchive.Reading;

namespace SdgArchive.SiteTests.Golden;

/// <summary>
/// Each input in <c>Golden/inputs/</c> (the five seeds and real corpus pages chosen for their oddities, copied unchanged)
/// is read and compared with the hand-checked model beside it (<c>&lt;name&gt;.expected.json</c>, the <c>inspect --json</c> shape).
/// </summary>
public class GoldenFileTests
{
    public static IEnumerable<TestCaseData> Inputs() =>
        Directory.EnumerateFiles(RepoPaths.GoldenInputs)
            .Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetFileName(f)).SetName($"Golden({Path.GetFileName(f)})"));

    private static string ExpectedPath(string inputName) =>
        Path.Combine(RepoPaths.GoldenInputs, Path.GetFileNameWithoutExtension(inputName) + ".expected.json");

    [Test]
    public void There_are_golden_files_for_the_five_seeds_and_at_least_25_corpus_pages()
    {
        var names = Inputs().Select(c => (string)c.Arguments[0]!).ToList();
        var seeds = Directory.EnumerateFiles(RepoPaths.Seeds).Select(Path.GetFileName).ToList();
        Assert.That(names, Is.SupersetOf(seeds), "every seed has a golden file");
        Assert.That(names.Except(seeds).Count(), Is.GreaterThanOrEqualTo(25), "corpus pages with golden files");
        foreach (var name in names)
            Assert.That(File.Exists(ExpectedPath(name)), Is.True, $"{name} has no expected model");
    }

    [TestCaseSource(nameof(Inputs))]
    public void Reader_output_matches_the_hand_checked_model(string name)
    {
        var input = Path.Combine(RepoPaths.GoldenInputs, name);
        var result = DocumentReader.Read(name, File.ReadAllBytes(input));
        Assert.That(result.Document, Is.Not.Null, "golden inputs are all readable documents");

        var actual = JsonSerializer.Serialize(InspectView.From(result.Document!), InspectCommand.Json).ReplaceLineEndings("\n").TrimEnd();
        var actualPath = Path.Combine(TestContext.CurrentContext.WorkDirectory, Path.GetFileNameWithoutExtension(name) + ".actual.json");
        if (!File.Exists(ExpectedPath(name)))
        {
            File.WriteAllText(actualPath, actual + "\n");
            Assert.Fail($"{name} has no expected model; the reader's output is in {actualPath}: check it by hand against the input before saving it as expected");
        }
        var expected = File.ReadAllText(ExpectedPath(name)).ReplaceLineEndings("\n").TrimEnd();
        if (actual == expected) return;

        File.WriteAllText(actualPath, actual + "\n");
        var a = actual.Split('\n');
        var e = expected.Split('\n');
        var line = Enumerable.Range(0, Math.Min(a.Length, e.Length)).FirstOrDefault(i => a[i] != e[i], Math.Min(a.Length, e.Length));
        Assert.Fail($"{name}: model differs from {Path.GetFileName(ExpectedPath(name))} at line {line + 1}\n" +
                    $"  expected: {(line < e.Length ? e[line].Trim() : "(end)")}\n" +
                    $"  actual:   {(line < a.Length ? a[line].Trim() : "(end)")}\n" +
                    $"full actual model: {actualPath}");
    }
}
