using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using SdgArchive.Caching;
using SdgArchive.Diagnostics;

namespace SdgArchive.Search;

/// <summary>
/// Builds the search index from <see cref="SearchRecord"/>s, writing it to <c>{site}/pagefind/</c>: one index per
/// language, and a language with more than <see cref="PagefindOptions.PartSize"/> of records in parts
/// (<see cref="PagefindParts"/>), each made by a pagefind service of its own (<see cref="PagefindService"/>: the pinned
/// npm package's native binary), <see cref="PagefindOptions.Services"/> at a time. Problems become diagnostics (never
/// exceptions) so the rest of the build still finishes.
/// </summary>
public sealed class PagefindIndexer
{
    /// <summary>
    /// Records sent ahead of the service's replies: enough to keep it busy, few enough that it never queues a
    /// whole part of messages besides the part it holds.
    /// </summary>
    private const int InFlight = 64;

    private static readonly ConcurrentDictionary<string, string> BinaryHashes = new(StringComparer.Ordinal);

    private readonly string _projectRoot;
    private readonly PagefindOptions _options;

    public PagefindIndexer(string projectRoot, PagefindOptions? options = null)
    {
        _projectRoot = Path.GetFullPath(projectRoot);
        _options = options ?? new PagefindOptions();
    }

    /// <summary>
    /// Indexes <paramref name="records"/> into <paramref name="siteDirectory"/>/pagefind: the records in
    /// <paramref name="siteLanguage"/> there, every other language in a folder of its own (see
    /// <see cref="PagefindParts"/>), each stemmed by its own rules, in parts of at most
    /// <see cref="PagefindOptions.PartSize"/>. A part whose records are those the index in
    /// <paramref name="previousIndex"/> (a pagefind folder this indexer wrote, whose report's
    /// <see cref="PagefindReport.Parts"/> are <paramref name="previousParts"/>) was made from is linked from it instead
    /// of indexed again. Returns null (with an error in <paramref name="diagnostics"/>) when pagefind is unavailable
    /// or fails.
    /// </summary>
    public PagefindReport? Index(IReadOnlyList<SearchRecord> records, string siteDirectory, DiagnosticBag diagnostics,
        string siteLanguage = "en", string? previousIndex = null,
        IReadOnlyDictionary<string, OutputPart>? previousParts = null)
    {
        var installation = PagefindInstallation.Locate(_projectRoot);
        if (!installation.IsAvailable && _options.InstallWithNpmWhenMissing)
            installation = TryNpmCi(diagnostics) ?? installation;
        if (!installation.IsAvailable)
        {
            diagnostics.Report(new SourceSpan("package.json", 0, 0), Severity.Error,
                DiagnosticCodes.SearchToolMissing, installation.MissingAdvice!);
            return null;
        }

        var deadline = DateTime.UtcNow + _options.Timeout;
        var output = Path.Combine(Path.GetFullPath(siteDirectory), "pagefind");
        var plan = PagefindParts.Plan(records, SearchRecords.PagefindLanguage(siteLanguage), _options.PartSize,
            Maker(installation.Binary!));
        string PathOf(IndexPart part) => part.Folder == "" ? output : Path.Combine(output, part.Folder);

        var reused = new Dictionary<IndexPart, OutputPart>();
        if (previousIndex is not null && previousParts is not null)
            foreach (var part in plan.Parts)
                if (PreviousPart.TryLink(part, Path.GetFullPath(previousIndex), previousParts, PathOf(part)) is { } old)
                    reused[part] = old;
        // The largest parts first, so the services end close together instead of one indexing the last big part alone.
        var jobs = plan.Parts.Where(p => !reused.ContainsKey(p))
            .OrderByDescending(p => p.Size).ThenBy(p => p.Folder, StringComparer.Ordinal).ToList();
        var built = new ConcurrentDictionary<IndexPart, PartResult>();
        var next = -1;
        var lanes = Enumerable.Range(0, Math.Min(Math.Max(1, _options.Services), jobs.Count)).Select(_ =>
            Task.Factory.StartNew(() =>
            {
                for (var n = Interlocked.Increment(ref next); n < jobs.Count; n = Interlocked.Increment(ref next))
                    built[jobs[n]] = Build(jobs[n], PathOf(jobs[n]), installation.Binary!, deadline);
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        Task.WaitAll(lanes);

        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "languages.json"), JsonSerializer.Serialize(new
        {
            primary = plan.Primary,
            others = plan.Others.Select(o => new { language = o.Language, path = o.Path }),
        }) + "\n");

        var errors = new List<string>();
        var parts = new Dictionary<string, OutputPart>(StringComparer.Ordinal);
        var timings = new Dictionary<string, List<PartTiming>>(StringComparer.Ordinal);
        foreach (var part in plan.Parts)
        {
            var timing = timings.TryGetValue(part.Language, out var list) ? list : timings[part.Language] = [];
            if (reused.TryGetValue(part, out var old))
            {
                parts[part.Folder] = old;
                timing.Add(new(part.Records.Count, TimeSpan.Zero, TimeSpan.Zero, Reused: true));
                continue;
            }
            var result = built[part];
            errors.AddRange(result.Errors);
            timing.Add(new(part.Records.Count, result.Added, result.Written, Reused: false));
            // A part that reported errors is not listed: the next build makes it again and reports them again.
            if (result.Errors.Count == 0) parts[part.Folder] = new(part.Key, result.Pages, result.Words);
        }
        if (errors.Count > 0)
        {
            diagnostics.Report(new SourceSpan(siteDirectory, 0, 0), Severity.Error, DiagnosticCodes.SearchIndexFailed,
                "pagefind: " + PagefindService.LastLines(string.Join('\n', errors)));
            return null;
        }
        // Without errors every part is listed, linked or made.
        return new(parts.Values.Sum(p => p.Pages), parts.Values.Sum(p => p.Words),
            records.SelectMany(r => r.Filters.Keys).Distinct(StringComparer.Ordinal).Count(), plan.Languages,
            reused.Count)
        {
            Parts = parts,
            Primary = plan.Primary,
            Timings = timings.ToDictionary(t => t.Key, t => (IReadOnlyList<PartTiming>)t.Value, StringComparer.Ordinal),
        };
    }

    private sealed record PartResult(int Pages, int Words, IReadOnlyList<string> Errors, TimeSpan Added,
        TimeSpan Written);

    /// <summary>
    /// One part made by a service of its own: an index created, its records added (<see cref="InFlight"/> ahead of
    /// the replies), its files written, the service ended.
    /// </summary>
    private PartResult Build(IndexPart part, string path, string binary, DateTime deadline)
    {
        var (pages, words, errors) = (0, 0, new List<string>());
        var watch = Stopwatch.StartNew();
        var added = TimeSpan.Zero;
        PagefindService? service = null;
        try
        {
            service = PagefindService.Start(binary, _projectRoot);
            var index = service.Answer(
                service.Send($"\"type\":\"NewIndex\",\"config\":{{\"force_language\":{Json(part.Language)}}}"),
                deadline);
            if (index.IsError) throw new IOException(index.Error);

            var urls = new Dictionary<int, string>();
            void Answered()
            {
                var reply = service.Receive(deadline);
                var url = urls.Remove(reply.MessageId, out var known) ? known : "(a record)";
                if (reply.IsError) errors.Add($"{url}: {reply.Error}");
                else (pages, words) = (pages + 1, words + reply.Words);
            }
            var waiting = 0;
            foreach (var record in part.Records)
            {
                // A record's JSON line has exactly the fields pagefind's AddRecord takes (url, content, language,
                // meta, filters): its fields go into the payload as they are.
                var line = record.ToJsonLine();
                urls[service.Send($"\"type\":\"AddRecord\",\"index_id\":{index.IndexId},{line[1..^1]}")] = record.Url;
                if (++waiting >= InFlight) { Answered(); waiting--; }
            }
            for (; waiting > 0; waiting--) Answered();
            added = watch.Elapsed;

            var written = service.Answer(
                service.Send($"\"type\":\"WriteFiles\",\"index_id\":{index.IndexId},\"output_path\":{Json(path)}"),
                deadline);
            if (written.IsError) errors.Add($"{path}: {written.Error}");
        }
        catch (TimeoutException)
        {
            service?.Kill();
            errors.Add($"timed out after {_options.Timeout.TotalSeconds:0} s indexing {path}");
        }
        catch (Exception ex) when (ex is IOException or System.ComponentModel.Win32Exception)
        {
            errors.Add($"failed indexing {path}: {ex.Message}");
        }
        finally
        {
            service?.Dispose();
        }
        return new(pages, words, errors, added, watch.Elapsed - added);
    }

    private static string Json(string text) => JsonSerializer.Serialize(text);

    /// <summary>
    /// What makes an index besides its records: the generator (which decides what pagefind is sent) and pagefind's
    /// binary, hashed whole (13 MB, once a process); "" when pagefind is not installed.
    /// </summary>
    public string Maker()
    {
        var binary = PagefindInstallation.Locate(_projectRoot).Binary;
        return binary is null || !File.Exists(binary) ? "" : Maker(binary);
    }

    private static string Maker(string binary) => ContentHash.OfParts(BuildFingerprint.GeneratorKey,
        BinaryHashes.GetOrAdd(binary, b => { using var file = File.OpenRead(b); return ContentHash.Of(file); }));

    private PagefindInstallation? TryNpmCi(DiagnosticBag diagnostics)
    {
        var npm = PagefindInstallation.FindOnPath("npm");
        if (npm is null || !File.Exists(Path.Combine(_projectRoot, "package-lock.json"))) return null;
        var run = ToolRun.Start(npm, ["ci", "--no-audit", "--no-fund", "--loglevel=error"], _projectRoot,
            _options.Timeout);
        if (!run.Succeeded)
        {
            diagnostics.Report(new SourceSpan("package.json", 0, 0), Severity.Error, DiagnosticCodes.SearchToolMissing,
                $"`npm ci` in {_projectRoot} failed ({run.ExitCode}): {PagefindService.LastLines(run.Output)}");
            return null;
        }
        return PagefindInstallation.Locate(_projectRoot);
    }
}
