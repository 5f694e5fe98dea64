using System.Text.Json;
using SdgArchive.Build;
using SdgArchive.Caching;
using SdgArchive.Diagnostics;
using SdgArchive.Serve;
using SdgArchive.Site;
using SdgArchive.SiteTests.Support;

namespace SdgArchive.SiteTests.Cache;

/// <summary>
/// serve's fast path: a saved document that keeps its title, dates, tags and places is re-rendered alone (with the
/// pages that show its excerpt when that changed), and the folder is still exactly what a full build writes.
/// </summary>
[TestFixture]
public sealed class ServeRefreshTests
{
    private static ChangeSet Edited(CacheProject project, SiteDocument document) =>
        new([new FileChange(ChangeKind.DocumentChanged, WatchArea.Documents, project.FileOf(document), document.Source.SourcePath)]);

    private static async Task<BuildOutcome> Rebuild(PipelineSiteBuilder builder, ChangeSet? changes)
    {
        var outcome = await builder.BuildAsync(changes, CancellationToken.None);
        Assert.That(outcome.Succeeded, Is.True, string.Join('\n', outcome.Diagnostics));
        return outcome;
    }

    private static bool WasRefreshed(PipelineSiteBuilder builder) =>
        builder.LastResult!.Stages is { Count: > 0 } stages
        && stages.All(s => s.Name.StartsWith("refresh: ", StringComparison.Ordinal));

    private static void AssertSameAsFullBuild(CacheProject project)
    {
        var full = TempFolder.Create("refresh-full");
        project.Build(o => o with { UseCache = false }, full);
        Assert.That(CacheProject.Hashes(project.Output), Is.EqualTo(CacheProject.Hashes(full)), "serve's folder is what a full build writes");
    }

    /// <summary>A document with related documents, several terms, and an excerpt that appears word for word in its file.</summary>
    private static SiteDocument Pick(CacheProject project, SiteIndex index, int skip = 0) => index.Documents
        .Where(d => index.Related(d).Count > 0 && index.TermsOf(d).Count > 3 && d.Excerpt.Length > 40
            && File.ReadAllText(project.FileOf(d)).Contains(d.Excerpt[..30], StringComparison.Ordinal))
        .OrderBy(d => d.Source.SourcePath, StringComparer.Ordinal).Skip(skip).First();

    [Test]
    public async Task A_body_edit_re_renders_only_the_documents_page_and_reports_its_new_warnings()
    {
        var project = CacheProject.FromCorpus(30);
        var document = Pick(project, project.Index());
        using var builder = project.ServeBuilder();
        var first = await Rebuild(builder, null);

        File.AppendAllText(project.FileOf(document), "\n\nA refreshed paragraph with [a dead link](/documents/no-such-document/).\n\n<div>left open\n");
        var edit = await Rebuild(builder, Edited(project, document));

        Assert.That(WasRefreshed(builder), Is.True, "the edit keeps the document's place: no full rebuild");
        Assert.That(edit.ChangedPaths, Is.EqualTo(new[] { document.Url }), "its excerpt did not change: nothing else shows the edit");
        var page = File.ReadAllText(Path.Combine(project.Output, document.Url.Trim('/'), "index.html"));
        Assert.That(page, Does.Contain("A refreshed paragraph with"));
        Assert.That(edit.Diagnostics.Where(d => d.Code == DiagnosticCodes.UnclosedHtml).Select(d => d.Span.Path), Has.Some.EndsWith(document.Source.SourcePath));
        Assert.That(edit.Diagnostics.Where(d => d.Code == DiagnosticCodes.BrokenLink).Select(d => d.Message), Has.Some.Contains("/documents/no-such-document/"));
        Assert.That(edit.Diagnostics.Count, Is.EqualTo(first.Diagnostics.Count + 2), "the other diagnostics stay as they were");

        // Saved on the way out, the cache lets the next serve start from the refreshed folder, and says what a full build says.
        builder.Dispose();
        using var next = project.ServeBuilder();
        var restart = await Rebuild(next, null);
        Assert.That(restart.Diagnostics.Select(d => d.ToString()), Is.EqualTo(edit.Diagnostics.Select(d => d.ToString())));
        Assert.That(next.LastResult!.ReusedPages, Is.GreaterThan(30), "the refreshed page and the rest are reused");
        AssertSameAsFullBuild(project);
    }

    [Test]
    public async Task A_new_excerpt_re_renders_the_listings_home_and_related_pages_that_show_it_and_the_site_matches_a_full_build()
    {
        var project = CacheProject.FromCorpus(30);
        var index = project.Index();
        var document = Pick(project, index);
        var listedBy = index.Documents.Where(d => index.Related(d).Contains(document)).Select(d => d.Url).ToList();
        using var builder = project.ServeBuilder();
        await Rebuild(builder, null);

        var file = project.FileOf(document);
        File.WriteAllText(file, File.ReadAllText(file).Replace(document.Excerpt[..30], "Rewritten opening words of the answer, ", StringComparison.Ordinal));
        var edit = await Rebuild(builder, Edited(project, document));

        Assert.That(WasRefreshed(builder), Is.True);
        Assert.That(edit.ChangedPaths, Does.Contain(document.Url).And.Contain("/"));
        Assert.That(edit.ChangedPaths, Is.SupersetOf(listedBy), "every page listing it as related shows the new excerpt");
        foreach (var term in index.TermsOf(document).Where(t => t.Count <= 20))
            Assert.That(edit.ChangedPaths, Does.Contain(term.Url), $"the listing of {term.Name}");
        Assert.That(edit.ChangedPaths.Count, Is.LessThan(builder.LastResult!.PageCount / 4), "not the whole site");
        Assert.That(File.ReadAllText(Path.Combine(project.Output, "api", "documents.json")), Does.Contain("Rewritten opening words"));
        AssertSameAsFullBuild(project);

        // A tag change moves the document in the lists: that is a build, and the folder still matches a full one.
        File.AppendAllText(file, "\n[[methods:A method only this edit brings]]\n");
        await Rebuild(builder, Edited(project, document));
        Assert.That(WasRefreshed(builder), Is.False);
        AssertSameAsFullBuild(project);
    }

    [Test]
    public async Task An_edit_undone_after_serve_stopped_is_not_mistaken_for_the_page_on_disk()
    {
        var project = CacheProject.FromCorpus(12);
        var document = Pick(project, project.Index());
        var file = project.FileOf(document);
        var original = File.ReadAllText(file);
        var at = original.LastIndexOf('e');
        var edited = original[..at] + "x" + original[(at + 1)..]; // same length, so the page keeps its length too

        foreach (var disposed in new[] { true, false })
        {
            var builder = project.ServeBuilder();
            await Rebuild(builder, null);
            File.WriteAllText(file, edited);
            await Rebuild(builder, Edited(project, document));
            Assert.That(WasRefreshed(builder), Is.True);
            if (disposed) builder.Dispose(); // stopped cleanly, or killed with the refresh unsaved

            File.WriteAllText(file, original);
            using var next = project.ServeBuilder();
            await Rebuild(next, null);
            AssertSameAsFullBuild(project);
        }
    }

    /// <summary>
    /// The pages the saved state records as showing <paramref name="url"/>'s card, read back from the state file: what
    /// the engine noted while the last build derived each page's key, whatever kind of listing the page is.
    /// </summary>
    private static List<string> RecordedAsShowing(CacheProject project, string url)
    {
        var state = Directory.EnumerateFiles(project.CacheFolder, "state-*.json").Single();
        using var json = JsonDocument.Parse(File.ReadAllBytes(state));
        // The state names each URL once, in its string table; an output's cards are indexes into it.
        var strings = json.RootElement.GetProperty("Strings").EnumerateArray().Select(s => s.GetString()).ToList();
        return json.RootElement.GetProperty("Outputs").EnumerateObject()
            .Where(o => o.Value.TryGetProperty(nameof(CachedOutput.Cards), out var cards)
                && cards.EnumerateArray().Any(c => strings[c.GetInt32()] == url))
            .Select(o => o.Name).Order(StringComparer.Ordinal).ToList();
    }

    private static string FileOf(string url) =>
        url.Trim('/').Length == 0 ? "index.html" : $"{url.Trim('/')}/index.html";

    [Test]
    public async Task A_new_excerpt_re_renders_exactly_the_pages_recorded_as_showing_its_card_a_collection_too()
    {
        // A collection is a listing the refresh's old hand-written list (terms, browse, home, related) did not name:
        // chosen from what the pages recorded, it is refreshed like any other page that shows the card.
        var project = CacheProject.FromCorpus(30);
        var index = project.Index();
        var document = Pick(project, index);
        var collections = Directory.CreateDirectory(Path.Combine(project.Content, "collections")).FullName;
        File.WriteAllText(Path.Combine(collections, "picked.md"),
            $"# Picked\n\nChosen by hand.\n\n[[documents:{document.Slug}]]\n");
        using var builder = project.ServeBuilder();
        await Rebuild(builder, null);
        var recorded = RecordedAsShowing(project, document.Url);
        Assert.That(recorded, Does.Contain("collections/picked/index.html").And.Contain("index.html"),
            "the collection and the home page recorded the card they show");

        var file = project.FileOf(document);
        File.WriteAllText(file, File.ReadAllText(file)
            .Replace(document.Excerpt[..30], "Newly worded start of the answer, ", StringComparison.Ordinal));
        var edit = await Rebuild(builder, Edited(project, document));

        Assert.That(WasRefreshed(builder), Is.True, "the edit keeps the document's place");
        Assert.That(edit.ChangedPaths.Select(FileOf).Order(StringComparer.Ordinal),
            Is.EqualTo(recorded.Append(FileOf(document.Url)).Distinct().Order(StringComparer.Ordinal)),
            "exactly its own page and the pages recorded as showing its card are rendered again");
        Assert.That(File.ReadAllText(Path.Combine(project.Output, "collections", "picked", "index.html")),
            Does.Contain("Newly worded start of the answer"));
        Assert.That(File.ReadAllText(Path.Combine(project.Output, "collections", "picked", "feed.xml")),
            Does.Contain("Newly worded start of the answer"), "the collection's feed lists the new excerpt too");
        AssertSameAsFullBuild(project);
    }

    [Test]
    public async Task A_refresh_after_an_excerpt_edit_leaves_the_folder_byte_identical_to_a_cold_build()
    {
        var project = CacheProject.FromCorpus(20);
        var document = Pick(project, project.Index(), skip: 1);
        using var builder = project.ServeBuilder();
        await Rebuild(builder, null);

        var file = project.FileOf(document);
        foreach (var words in new[] { "A first new opening, ", "And a second one, shorter: " })
        {
            var text = File.ReadAllText(file);
            var excerpt = project.Index().Documents.Single(d => d.Url == document.Url).Excerpt;
            var at = text.IndexOf(excerpt[..20], StringComparison.Ordinal);
            File.WriteAllText(file, text.Insert(at, words));
            await Rebuild(builder, Edited(project, document));
            Assert.That(WasRefreshed(builder), Is.True);
            AssertSameAsFullBuild(project);
        }
        // Saved on the way out, the state lets the next serve reuse every page: nothing is rendered twice.
        builder.Dispose();
        using var next = project.ServeBuilder();
        await Rebuild(next, null);
        Assert.That(next.LastResult!.RenderedUrls, Does.Not.Contain(document.Url).And.Not.Contain("/"),
            "the refreshed pages are reused");
    }
}
