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
