using SdgArchive.Commands;
using SdgArchive.Diagnostics;
using SdgArchive.Model;
using SdgArchive.Reading;

namespace SdgArchive.SiteTests.Security;

/// <summary>
/// A site built by the real <c>build</c> command (in process, so its exit code and printed diagnostics are what a user
/// sees) from a source folder, into a sandbox laid out as <c>root/work/area/src</c> and <c>root/work/area/out</c>:
/// anything written by a path escaping <c>src</c> or <c>out</c> lands inside <c>root</c>, where the tests look for it.
/// (<see cref="Support.BuiltSite"/> calls the site builder directly and has no sandbox.)
/// </summary>
public sealed class SandboxedSite : IDisposable
{
    /// <summary>A file beside the source folder that no build may read: its token must never reach the output.</summary>
    public const string SecretToken = "SDG-CANARY-7f3c9a1e";

    public string Root { get; }
    public string Source { get; }
    public string Output { get; }
    public int ExitCode { get; private set; }
    public string ErrorText { get; private set; } = "";
    public IReadOnlyList<ArchiveDocument> Documents { get; private set; } = [];

    private SandboxedSite(string root)
    {
        Root = root;
        Source = Path.Combine(root, "work", "area", "src");
        Output = Path.Combine(root, "work", "area", "out");
        Directory.CreateDirectory(Source);
        File.WriteAllText(Path.Combine(root, "work", "area", "secret.txt"), SecretToken);
        File.WriteAllText(Path.Combine(root, "secret.txt"), SecretToken);
    }

    /// <summary>Seeds, both corpora, the generated broken documents and documents pointing at the canary files.</summary>
    public static SandboxedSite WithEverything(params string[] extraArguments)
    {
        var site = new SandboxedSite(TempFolder.Create("sandbox"));
        site.AddFolder(RepoPaths.Seeds);
        site.AddFolder(RepoPaths.TestCorpus("hostile"));
        site.AddFolder(RepoPaths.TestCorpus("broken"));
        GeneratedInputs.WriteHugeDocument(site.Source);
        GeneratedInputs.WriteTenThousandTags(site.Source);
        site.AddCanaryReaders();
        site.Build(extraArguments);
        return site;
    }

    /// <param name="allFeatures">Also build the search index and social cards (slower; the reproducibility tests want them).</param>
    public static SandboxedSite From(string label, Action<string> fillSource, bool allFeatures = false, string[]? extraArguments = null)
    {
        var site = new SandboxedSite(TempFolder.Create(label)) { _allFeatures = allFeatures };
        fillSource(site.Source);
        site.Build(extraArguments ?? []);
        return site;
    }

    private bool _allFeatures;

    public void AddFolder(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Concat(Directory.EnumerateFiles(folder, "*.md")))
            if (Path.GetFileName(file) != "README.md") File.Copy(file, Path.Combine(Source, Path.GetFileName(file)), overwrite: true);
    }

    /// <summary>Documents whose images and links point at the canary files by relative and absolute path.</summary>
    private void AddCanaryReaders()
    {
        var absolute = Path.Combine(Root, "secret.txt");
        File.WriteAllText(Path.Combine(Source, "canary-paths.txt"), $"""
            # Paths to files beside the source folder

            [[year:2022]]
            [[type:solution]]
            ## Description

            > What is the solution?

            ![relative](../secret.txt) ![deeper](../../../secret.txt) ![absolute]({absolute}) ![file url](file://{absolute})

            <img src="../secret.txt" alt="html relative"> <img src="{absolute}" alt="html absolute">

            [relative link](../secret.txt) and [absolute link]({absolute})
            """);
    }

    /// <summary>Runs <c>build</c> exactly as the command line would, with absolute paths so the working folder does not matter.</summary>
    public void Build(params string[] extraArguments)
    {
        // The folders the arguments do not name are the sandbox's (an option given twice is refused).
        var folders = new Dictionary<string, string>
        {
            ["--source"] = Source, ["--out"] = Output, ["--content"] = RepoPaths.Content,
            ["--templates"] = RepoPaths.Templates,
        };
        string[] arguments =
        [
            .. folders.Where(f => !extraArguments.Contains(f.Key)).SelectMany(f => new[] { f.Key, f.Value }),
            .. (_allFeatures ? Array.Empty<string>() : ["--no-search", "--no-cards"]), .. extraArguments,
        ];
        using var output = new StringWriter();
        using var errors = new StringWriter();
        ExitCode = BuildCommand.Run(new CommandLine(arguments), output, errors);
        ErrorText = errors.ToString();
        Documents = ArchiveReader.ReadFolder(Source, new DiagnosticBag());
    }

    /// <summary>The page of the document read from <paramref name="sourceFile"/>, or null when it has none.</summary>
    public string? PageOf(string sourceFile)
    {
        var document = Documents.SingleOrDefault(d => d.SourcePath == sourceFile);
        if (document is null) return null;
        var page = Path.Combine(Output, "documents", document.Slug, "index.html");
        return File.Exists(page) ? page : null;
    }

    public string UrlPathOf(string sourceFile) => $"/documents/{Documents.Single(d => d.SourcePath == sourceFile).Slug}/";

    /// <summary>Printed diagnostic lines for one source file (paths are printed with the source folder in front).</summary>
    public IReadOnlyList<string> DiagnosticLinesFor(string sourceFile) =>
        ErrorText.Split('\n').Where(line => line.StartsWith($"{Source}/{sourceFile}", StringComparison.Ordinal)).Select(l => l.TrimEnd()).ToList();

    public IEnumerable<string> OutputFiles => Directory.Exists(Output)
        ? Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories) : [];

    public void Dispose() => TempFolder.Remove(Root);
}
