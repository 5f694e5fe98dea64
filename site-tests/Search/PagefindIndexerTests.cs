using SdgArchive.Diagnostics;
using SdgArchive.Search;
using SdgArchive.Site;

namespace SdgArchive.SiteTests.Search;

public class PagefindIndexerTests
{
    [Test]
    public void Build_indexes_document_pages_only_and_writes_the_bundle()
    {
        var site = SearchFixtureSite.Shared;

        Assert.That(site.Result.Succeeded, Is.True, string.Join("\n", site.Result.Diagnostics.Sorted()));
        var search = site.Result.Stages.Single(s => s.Name == "search");
        Assert.That(search.Items, Is.EqualTo(site.Documents.Count), "one record per document; home, index and search pages are not indexed");
        Assert.That(File.Exists(Path.Combine(site.Root, "pagefind", "pagefind.js")), Is.True);
        Assert.That(File.Exists(Path.Combine(site.Root, "pagefind", "pagefind-worker.js")), Is.True);
    }

    [Test]
    public void Indexer_reports_pages_words_and_filters()
    {
        var site = SearchFixtureSite.Shared;
        var diagnostics = new DiagnosticBag();
        var records = SearchRecords.For(new SiteIndex(site.Documents, new SiteSettings()));
        var folder = TempFolder.Create("pagefind-records");

        var report = new PagefindIndexer(RepoPaths.Root).Index(records, folder, diagnostics);

        Assert.That(diagnostics.HasErrors, Is.False, string.Join("\n", diagnostics.Sorted()));
        Assert.That(report!.Pages, Is.EqualTo(site.Documents.Count));
        Assert.That(report.Words, Is.GreaterThan(500));
        Assert.That(report.Filters, Is.GreaterThanOrEqualTo(3), "type, year, sdg, country, method where the seeds have them");
        Assert.That(File.Exists(Path.Combine(folder, "pagefind", "pagefind-entry.json")), Is.True);
        TempFolder.Remove(folder);
    }

    [Test]
    public void Indexing_again_after_one_record_changed_reuses_the_other_parts_and_equals_a_fresh_index()
    {
        var records = SearchRecords.For(new SiteIndex(SearchFixtureSite.Shared.Documents, new SiteSettings()));
        // Three parts, before and after the edit (a part count that changes reshuffles every record).
        var indexer = new PagefindIndexer(RepoPaths.Root,
            new PagefindOptions { PartSize = records.Sum(r => r.ToJsonLine().Length) / 3 + 100 });
        var (first, warm, cold) = (TempFolder.Create("parts-first"), TempFolder.Create("parts-warm"), TempFolder.Create("parts-cold"));
        var diagnostics = new DiagnosticBag();
        var firstReport = indexer.Index(records, first, diagnostics);
        var edited = records.Select((r, i) => i == 0 ? r with { Content = r.Content + " Zebrafish hatcheries." } : r).ToList();

        var firstFiles = Files(Path.Combine(first, "pagefind"));

        var report = indexer.Index(edited, warm, diagnostics, previousIndex: Path.Combine(first, "pagefind"),
            previousParts: firstReport!.Parts);
        indexer.Index(edited, cold, diagnostics);

        Assert.That(diagnostics.HasErrors, Is.False, string.Join("\n", diagnostics.Sorted()));
        var parts = File.ReadAllText(Path.Combine(cold, "pagefind", "languages.json")).Split("\"path\"").Length;
        Assert.That(parts, Is.GreaterThanOrEqualTo(2), "the English records make several parts");
        Assert.That(report!.PartsReused, Is.EqualTo(parts - 1), "every part but the edited record's is reused");
        Assert.That(report.Pages, Is.EqualTo(records.Count));
        Assert.That(Files(Path.Combine(warm, "pagefind")), Is.EqualTo(Files(Path.Combine(cold, "pagefind"))),
            "the copied and the remade parts together are byte for byte a fresh index");
        Assert.That(Files(Path.Combine(warm, "pagefind")), Is.Not.EqualTo(Files(Path.Combine(first, "pagefind"))));
        Assert.That(Files(Path.Combine(first, "pagefind")), Is.EqualTo(firstFiles),
            "the previous index (the live site's) is untouched: its parts are shared, never written through");
        foreach (var folder in new[] { first, warm, cold }) TempFolder.Remove(folder);
    }

    [Test]
    public void Parts_indexed_at_once_by_several_services_are_the_parts_indexed_in_turn()
    {
        var records = SearchRecords.For(new SiteIndex(SearchFixtureSite.Shared.Documents, new SiteSettings()));
        var partSize = records.Sum(r => r.ToJsonLine().Length) / 3 + 100;
        var (inTurn, atOnce) = (TempFolder.Create("services-one"), TempFolder.Create("services-three"));
        var diagnostics = new DiagnosticBag();

        var one = new PagefindIndexer(RepoPaths.Root, new PagefindOptions { PartSize = partSize, Services = 1 })
            .Index(records, inTurn, diagnostics);
        var three = new PagefindIndexer(RepoPaths.Root, new PagefindOptions { PartSize = partSize, Services = 3 })
            .Index(records, atOnce, diagnostics);

        Assert.That(diagnostics.HasErrors, Is.False, string.Join("\n", diagnostics.Sorted()));
        Assert.That(three!.Parts.Count, Is.GreaterThanOrEqualTo(3), "several parts to share out");
        Assert.That(three.Pages, Is.EqualTo(records.Count));
        Assert.That((three.Pages, three.Words), Is.EqualTo((one!.Pages, one.Words)));
        Assert.That(three.Parts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"),
            Is.EqualTo(one.Parts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}")),
            "every part has the same key, pages and words, whichever service made it");
        Assert.That(Files(Path.Combine(atOnce, "pagefind")), Is.EqualTo(Files(Path.Combine(inTurn, "pagefind"))),
            "the index is byte for byte the same");
        foreach (var folder in new[] { inTurn, atOnce }) TempFolder.Remove(folder);
    }

    [Test]
    public void A_link_planted_in_the_previous_index_is_not_carried_over_and_its_part_is_indexed_again()
    {
        var records = SearchRecords.For(new SiteIndex(SearchFixtureSite.Shared.Documents, new SiteSettings()));
        var indexer = new PagefindIndexer(RepoPaths.Root,
            new PagefindOptions { PartSize = records.Sum(r => r.ToJsonLine().Length) / 3 + 100 });
        var (first, warm, secret) = (TempFolder.Create("planted-first"), TempFolder.Create("planted-warm"),
            TempFolder.Create("planted-secret"));
        var diagnostics = new DiagnosticBag();
        var firstReport = indexer.Index(records, first, diagnostics);
        File.WriteAllText(Path.Combine(secret, "secret.txt"), "not for the site");
        // A part folder other than the primary one: a link among its fragments, pointing outside the site.
        var part = Directory.GetDirectories(Path.Combine(first, "pagefind"))
            .First(d => File.Exists(Path.Combine(d, "pagefind-entry.json")));
        File.CreateSymbolicLink(Path.Combine(part, "fragment", "planted.pf_fragment"),
            Path.Combine(secret, "secret.txt"));

        var report = indexer.Index(records, warm, diagnostics, previousIndex: Path.Combine(first, "pagefind"),
            previousParts: firstReport!.Parts);

        Assert.That(diagnostics.HasErrors, Is.False, string.Join("\n", diagnostics.Sorted()));
        var links = Directory
            .EnumerateFileSystemEntries(Path.Combine(warm, "pagefind"), "*", SearchOption.AllDirectories)
            .Where(f => new FileInfo(f).LinkTarget is not null).ToList();
        Assert.That(links, Is.Empty, "nothing of the planted link reaches the new index");
        Assert.That(report!.PartsReused, Is.EqualTo(firstReport.Parts.Count - 1), "the planted part is indexed again");
        Assert.That(report.Pages, Is.EqualTo(records.Count));
        foreach (var folder in new[] { first, warm, secret }) TempFolder.Remove(folder);
    }

    /// <summary>Every file under <paramref name="folder"/>: its relative path and a hash of its bytes.</summary>
    internal static List<string> Files(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(folder, f) + " " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))))
        .Order(StringComparer.Ordinal).ToList();

    [TestCase("head -c 10 >/dev/null; echo 'panicked: out of words' >&2; exit 3", "out of words",
        TestName = "A pagefind service that dies mid-part is an error naming what it said, and the build goes on")]
    [TestCase("cat >/dev/null", "timed out",
        TestName = "A pagefind service that never answers is stopped at the timeout, an error")]
    public void A_broken_service_is_a_diagnostic_not_a_hang_or_a_crash(string script, string said)
    {
        var records = SearchRecords.For(new SiteIndex(SearchFixtureSite.Shared.Documents, new SiteSettings()));
        var folder = TempFolder.Create("pagefind-broken");
        var binary = Path.Combine(folder, "pagefind-broken.sh");
        File.WriteAllText(binary, "#!/bin/sh\n" + script + "\n");
        if (OperatingSystem.IsWindows()) Assert.Ignore("the stand-in service is a shell script");
        else File.SetUnixFileMode(binary, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var saved = Environment.GetEnvironmentVariable("PAGEFIND_EXTENDED_BINARY_PATH");
        var diagnostics = new DiagnosticBag();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        PagefindReport? report;
        try
        {
            Environment.SetEnvironmentVariable("PAGEFIND_EXTENDED_BINARY_PATH", binary);
            report = new PagefindIndexer(RepoPaths.Root, new PagefindOptions { Timeout = TimeSpan.FromSeconds(3) })
                .Index(records, folder, diagnostics);
        }
        finally { Environment.SetEnvironmentVariable("PAGEFIND_EXTENDED_BINARY_PATH", saved); }

        Assert.That(report, Is.Null);
        var error = diagnostics.Sorted().Single();
        Assert.That((error.Code, error.Severity), Is.EqualTo((DiagnosticCodes.SearchIndexFailed, Severity.Error)));
        Assert.That(error.Message, Does.Contain(said));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)), "ended, not waited on for ever");
        TempFolder.Remove(folder);
    }

    [Test]
    public void Missing_pagefind_says_exactly_what_to_install()
    {
        var diagnostics = new DiagnosticBag();
        var emptyProject = TempFolder.Create("no-node");

        var report = new PagefindIndexer(emptyProject, new PagefindOptions { InstallWithNpmWhenMissing = false }).Index([], emptyProject, diagnostics);

        Assert.That(report, Is.Null);
        var error = diagnostics.Sorted().Single();
        Assert.That((error.Code, error.Severity), Is.EqualTo((DiagnosticCodes.SearchToolMissing, Severity.Error)));
        Assert.That(error.Message, Does.Contain("npm ci").And.Contain("--no-search"));
    }

    [Test]
    public void Advice_without_node_names_the_packages_to_install()
    {
        Assert.That(PagefindInstallation.Advice("/p", hasNode: false, hasNpm: false), Does.Contain("apt-get install nodejs npm").And.Contain("npm ci"));
        Assert.That(PagefindInstallation.Advice("/p", hasNode: true, hasNpm: true), Does.StartWith("pagefind is not installed: run `npm ci` in /p"));
    }
}
