using System.Diagnostics;
using SdgArchive.Diagnostics;

namespace SdgArchive.SiteTests.Security;

/// <summary>
/// File names are input too (issue 15: names that are not UTF-8, that hold a backslash or start with <c>..</c> were
/// dropped without a useful message). A backslash is an ordinary character on Linux: the document is built. A name
/// that is not UTF-8 cannot be opened by .NET: it is reported by its bytes. A name starting with <c>..</c> is refused
/// with a warning (other tools read it as the parent folder).
/// </summary>
[NonParallelizable]
public class FileNameTests
{
    private const string Text = "# Document named {0}\n\n[[type:solution]]\n## Description\n\n> What is the solution?\n\nText.\n";

    private SandboxedSite _site = null!;

    [OneTimeSetUp]
    public void Build() => _site = SandboxedSite.From("names", source =>
    {
        File.WriteAllText(Path.Combine(source, "back\\slash.txt"), string.Format(Text, "with a backslash"));
        File.WriteAllText(Path.Combine(source, "..dots.txt"), string.Format(Text, "with two dots"));
        File.WriteAllText(Path.Combine(source, "plain.txt"), string.Format(Text, "plainly"));
        // .NET cannot create these names: the shell writes the raw bytes (Latin-1 "café", and two bytes no encoding has).
        var shell = Process.Start(new ProcessStartInfo("bash", ["-c", """
            printf '# Latin-1 name\n\n[[type:solution]]\n' > "$(printf 'caf\xe9.txt')"
            mkdir "$(printf 'fo\xffl')" && printf '# Inside\n' > "$(printf 'fo\xffl')/inside.txt"
            """]) { WorkingDirectory = source })!;
        shell.WaitForExit();
        Assert.That(shell.ExitCode, Is.EqualTo(0));
    });

    [OneTimeTearDown]
    public void Remove() => _site.Dispose();

    [Test]
    public void A_name_with_a_backslash_is_built()
    {
        Assert.That(_site.ExitCode, Is.EqualTo(0), _site.ErrorText);
        Assert.That(_site.PageOf("back\\slash.txt"), Is.Not.Null);
        Assert.That(_site.PageOf("plain.txt"), Is.Not.Null);
    }

    [Test]
    public void Names_that_are_not_utf8_are_reported_by_their_bytes()
    {
        var lines = _site.ErrorText.Split('\n').Where(l => l.Contains(DiagnosticCodes.FileNameRefused)).ToList();
        Assert.That(lines, Has.One.StartsWith($"{_site.Source}/caf\\xE9.txt: warning SDG082: the name is not UTF-8 (bytes 63 61 66 E9 2E 74 78 74; read as Latin-1 it would be \"café.txt\")"));
        Assert.That(lines, Has.One.StartsWith($"{_site.Source}/fo\\xFFl: warning SDG082: the name is not UTF-8 (bytes 66 6F FF 6C;"));
        Assert.That(_site.ErrorText, Does.Not.Contain(DiagnosticCodes.UnreadableFile), "no 'could not find file' for the decoded name");
    }

    [Test]
    public void A_name_starting_with_two_dots_is_refused_with_a_warning()
    {
        Assert.That(_site.DiagnosticLinesFor("..dots.txt"), Has.One.Contains($"warning {DiagnosticCodes.FileNameRefused}: a name starting with \"..\""));
    }
}
