using System.Globalization;
using System.Text.Json;
using SdgArchive.Caching;
using SdgArchive.Diagnostics;

namespace SdgArchive.Search;

/// <summary>
/// Builds the search index from <see cref="SearchRecord"/>s through pagefind's Node API (the pinned npm package
/// drives its own native binary, pagefind_extended, as a service), writing it to <c>{site}/pagefind/</c>: one index
/// per language, and a language with more than <see cref="PagefindOptions.PartSize"/> of records in parts, each made
/// by a service of its own, <see cref="PagefindOptions.Services"/> at a time (see pagefind-records.mjs).
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

    /// <summary>
    /// Indexes <paramref name="records"/> into <paramref name="siteDirectory"/>/pagefind: the records in
    /// <paramref name="siteLanguage"/> there, every other language in a folder of its own (see pagefind-records.mjs),
    /// each stemmed by its own rules, in parts of at most <see cref="PagefindOptions.PartSize"/>. A part whose records
    /// are those the index in <paramref name="previousIndex"/> (a pagefind folder this indexer wrote, whose report's
    /// <see cref="PagefindReport.Parts"/> are <paramref name="previousParts"/>) was made from is copied from it instead
    /// of indexed again. Returns null (with an error in <paramref name="diagnostics"/>) when pagefind is unavailable or
    /// fails.
    /// </summary>
    public PagefindReport? Index(IReadOnlyList<SearchRecord> records, string siteDirectory, DiagnosticBag diagnostics,
        string siteLanguage = "en", string? previousIndex = null,
        IReadOnlyDictionary<string, OutputPart>? previousParts = null)
    {
        var installation = PagefindInstallation.Locate(_projectRoot);
        if (!installation.IsAvailable && _options.InstallWithNpmWhenMissing) installation = TryNpmCi(diagnostics) ?? installation;
        if (!installation.IsAvailable)
        {
            diagnostics.Report(new SourceSpan("package.json", 0, 0), Severity.Error, DiagnosticCodes.SearchToolMissing, installation.MissingAdvice!);
            return null;
        }

        var output = Path.Combine(Path.GetFullPath(siteDirectory), "pagefind");
        string[] arguments = ["--input-type=module", "--eval", Script.Value, "--", installation.Module!, output,
            SearchRecords.PagefindLanguage(siteLanguage), _options.PartSize.ToString(CultureInfo.InvariantCulture),
            _options.Services.ToString(CultureInfo.InvariantCulture),
            previousIndex is null || previousParts is null ? "" : Path.GetFullPath(previousIndex),
            previousIndex is null || previousParts is null ? "" : JsonSerializer.Serialize(previousParts, PartsJson)];
        var run = ToolRun.Start(installation.Node!, arguments, _projectRoot, _options.Timeout, input =>
        {
            foreach (var record in records) input.WriteLine(record.ToJsonLine());
        });
        var report = PagefindReport.Parse(run);
        if (!run.Succeeded || report is null)
        {
            var why = run.TimedOut ? $"timed out after {_options.Timeout.TotalSeconds:0} s" : $"exited with code {run.ExitCode}";
            diagnostics.Report(new SourceSpan(siteDirectory, 0, 0), Severity.Error, DiagnosticCodes.SearchIndexFailed,
                $"pagefind {why}: {LastLines(report?.Errors.Count > 0 ? string.Join('\n', report.Errors) : run.Output, 8)}");
            return null;
        }
        return report;
    }

    private static readonly JsonSerializerOptions PartsJson =
        new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(PagefindIndexer).Assembly.GetManifestResourceStream("SdgArchive.Search.pagefind-records.mjs")
            ?? throw new InvalidOperationException("pagefind-records.mjs is not embedded in the generator");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

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
    public bool InstallWithNpmWhenMissing { get; init; } = true;
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The most a language's index holds, in characters of its records' JSON lines, before it is split into parts
    /// (pagefind indexes of their own, merged by the search page). Pagefind keeps a whole index in memory until it
    /// writes it, at ~50 bytes per character: 10,000 documents (35 MB of records) peaked at 1.6 GB in one index and
    /// at 380 MB in parts of 8 MB, for the same CPU (docs/benchmarks.md, "Search index"). 0 or less: no parts.
    /// </summary>
    public int PartSize { get; init; } = 8_000_000;

    /// <summary>
    /// How many parts are indexed at once, each by a pagefind service of its own (one service indexes one part at a
    /// time). Two: on the 2-core machine the 10,000-document records took 23.5 s in turn and 17.8 s two at a time,
    /// and the build's wait for the index after its last page fell from 9-10 s to 1-5 s (docs/benchmarks.md). Each
    /// service holds its part until written (~300 MB for a part of 8 MB), so this and <see cref="PartSize"/> bound
    /// pagefind's memory.
    /// </summary>
    public int Services { get; init; } = 2;
}

/// <summary>
/// What the indexing script reported: records indexed, their unique words summed, filter names, the languages
/// indexed (one pagefind index each, or several parts), the parts copied from the previous index, errors, every part's
/// key (kept in the build state, given back to the next run); plus the run's whole output for the build log.
/// </summary>
public sealed record PagefindReport(int Pages, int Words, int Filters, IReadOnlyList<string> Languages,
    IReadOnlyList<string> Errors, TimeSpan Duration, string Output, int PartsReused = 0)
{
    /// <summary>Each index folder made ("" for the top one) with the key of what it was made from.</summary>
    public IReadOnlyDictionary<string, OutputPart> Parts { get; init; } = new Dictionary<string, OutputPart>();

    private sealed record Figures(int Pages, int Words, int Filters, string[]? Languages, string[]? Errors, int Reused,
        Dictionary<string, OutputPart>? Parts);

    /// <summary>The figures from the script's last JSON line; null when it printed none (it crashed).</summary>
    internal static PagefindReport? Parse(ToolRun run)
    {
        var line = run.Output.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith('{') && l.EndsWith('}'));
        if (line is null) return null;
        try
        {
            var figures = JsonSerializer.Deserialize<Figures>(line, new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
            return figures is null ? null : new(figures.Pages, figures.Words, figures.Filters, figures.Languages ?? [],
                figures.Errors ?? [], run.Duration, run.Output, figures.Reused) { Parts = figures.Parts ?? [] };
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
