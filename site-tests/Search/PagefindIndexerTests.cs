using SdgArchive.Diagnostics;
using SdgArchive.Search;

namespace SdgArchive.SiteTests.Search;

public class PagefindIndexerTests
{
    private string _root = null!;

    [SetUp]
    public void CreateFolder() => _root = Directory.CreateTempSubdirectory("sdg-search-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_root, recursive: true);

    [Test]
    public void Indexes_document_pages_only_and_writes_the_bundle()
    {
        var site = SearchFixtureSite.Build(_root);

        Assert.That(site.Diagnostics.HasErrors, Is.False, string.Join("\n", site.Diagnostics.Sorted()));
        Assert.That(site.Report, Is.Not.Null);
        Assert.That(site.Report!.Pages, Is.EqualTo(site.Documents.Count), "home and search pages carry no data-pagefind-body");
        Assert.That(site.Report.Filters, Is.GreaterThanOrEqualTo(3), "type, year, sdg, country, method where the seeds have them");
        Assert.That(File.Exists(Path.Combine(_root, "pagefind", "pagefind.js")), Is.True);
        Assert.That(File.Exists(Path.Combine(_root, "pagefind", "pagefind-worker.js")), Is.True);
    }

    [Test]
    public void Missing_pagefind_says_exactly_what_to_install()
    {
        var diagnostics = new DiagnosticBag();
        var emptyProject = Directory.CreateDirectory(Path.Combine(_root, "project")).FullName;

        var report = new PagefindIndexer(emptyProject, new PagefindOptions { InstallWithNpmWhenMissing = false }).Index(_root, diagnostics);

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
