using System.Text.RegularExpressions;
using SdgArchive.Diagnostics;

namespace SdgArchive.Search;

/// <summary>
/// Runs the pinned pagefind over a rendered site folder, writing the index to <c>{site}/pagefind/</c>.
/// Problems become diagnostics (never exceptions) so the rest of the build still finishes.
/// </summary>
public sealed class PagefindIndexer
{
    private readonly string _projectRoot;
    private readonly PagefindOptions _options;

    public PagefindIndexer(string projectRoot, PagefindOptions? options = null)
    {
        _projectRoot = Path.GetFullPath(projectRoot);
        _options = options ?? new PagefindOptions();
    }

    /// <summary>Indexes <paramref name="siteDirectory"/>. Returns null (with an error in <paramref name="diagnostics"/>) when pagefind is unavailable or fails.</summary>
    public PagefindReport? Index(string siteDirectory, DiagnosticBag diagnostics)
    {
        var installation = PagefindInstallation.Locate(_projectRoot);
        if (!installation.IsAvailable && _options.InstallWithNpmWhenMissing) installation = TryNpmCi(diagnostics) ?? installation;
        if (!installation.IsAvailable)
        {
            diagnostics.Report(new SourceSpan("package.json", 0, 0), Severity.Error, DiagnosticCodes.SearchToolMissing, installation.MissingAdvice!);
            return null;
        }

        var arguments = installation.PrefixArguments.Concat(Arguments(Path.GetFullPath(siteDirectory))).ToList();
        var run = ToolRun.Start(installation.FileName!, arguments, _projectRoot, _options.Timeout);
        if (!run.Succeeded)
        {
            var why = run.TimedOut ? $"timed out after {_options.Timeout.TotalSeconds:0} s" : $"exited with code {run.ExitCode}";
            diagnostics.Report(new SourceSpan(siteDirectory, 0, 0), Severity.Error, DiagnosticCodes.SearchIndexFailed,
                $"pagefind {why}: {LastLines(run.Output, 8)}");
            return null;
        }
        return PagefindReport.Parse(run);
    }

    internal IEnumerable<string> Arguments(string siteDirectory)
    {
        yield return "--site";
        yield return siteDirectory;
        // One index for every page: pagefind otherwise splits by <html lang> and a search page only sees its own language.
        yield return "--force-language";
        yield return _options.Language;
        if (_options.ExcludeSelectors.Count > 0)
            foreach (var selector in _options.ExcludeSelectors) { yield return "--exclude-selectors"; yield return selector; }
    }

    private PagefindInstallation? TryNpmCi(DiagnosticBag diagnostics)
    {
        var npm = PagefindInstallation.FindOnPath("npm");
        if (npm is null || !File.Exists(Path.Combine(_projectRoot, "package-lock.json"))) return null;
        var run = ToolRun.Start(npm, ["ci", "--no-audit", "--no-fund", "--loglevel=error"], _projectRoot, _options.Timeout);
        if (!run.Succeeded)
        {
            diagnostics.Report(new SourceSpan("package.json", 0, 0), Severity.Error, DiagnosticCodes.SearchToolMissing,
                $"`npm ci` in {_projectRoot} failed ({run.ExitCode}): {LastLines(run.Output, 8)}");
            return null;
        }
        return PagefindInstallation.Locate(_projectRoot);
    }

    internal static string LastLines(string text, int count) =>
        string.Join(" | ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(count));
}

/// <summary>Choices for a pagefind run; the defaults are what the archive needs.</summary>
public sealed record PagefindOptions
{
    public string Language { get; init; } = "en";
    public IReadOnlyList<string> ExcludeSelectors { get; init; } = [];
    public bool InstallWithNpmWhenMissing { get; init; } = true;
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);
}

/// <summary>The figures pagefind printed, plus its whole output for the build log.</summary>
public sealed partial record PagefindReport(int Pages, int Words, int Filters, TimeSpan Duration, string Output)
{
    internal static PagefindReport Parse(ToolRun run) => new(
        Number(PagesPattern(), run.Output), Number(WordsPattern(), run.Output), Number(FiltersPattern(), run.Output), run.Duration, run.Output);

    private static int Number(Regex pattern, string text)
    {
        var match = pattern.Match(text);
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    [GeneratedRegex(@"Indexed (\d+) pages?")] private static partial Regex PagesPattern();
    [GeneratedRegex(@"Indexed (\d+) words?")] private static partial Regex WordsPattern();
    [GeneratedRegex(@"Indexed (\d+) filters?")] private static partial Regex FiltersPattern();
}
