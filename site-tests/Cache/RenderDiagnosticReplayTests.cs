using SdgArchive.Build;
using SdgArchive.Commands;
using SdgArchive.Serve;
using SdgArchive.SiteTests.Support;
using static SdgArchive.SiteTests.Cache.WarmBuilds;

namespace SdgArchive.SiteTests.Cache;

/// <summary>
/// Some problems are found only while a page renders: an interface string no file has, asked for by a template or a
/// card; a card's partial that fails. A warm build reuses the page without rendering it, so it must report what the
/// page reported when it was made: the same lines as a cold build, once each, and <c>--strict</c> failing the same.
/// Before, a warm build (and the no-change build after it, and serve) reusing every page that asked for a missing
/// string printed nothing about it.
/// </summary>
[TestFixture]
public sealed class RenderDiagnosticReplayTests
{
    private const string MissingKey = "t 'no.such.key'";

    /// <summary>
    /// Three short documents (none of them warned about) and a copy of the templates the test may break.
    /// </summary>
    private static CacheProject Project()
    {
        var project = new CacheProject { Templates = TempFolder.CopyOf(RepoPaths.Templates, "replay-templates") };
        foreach (var (name, type) in new[] { ("a", "blog"), ("b", "blog"), ("c", "experiment") })
            File.WriteAllText(Path.Combine(project.Source, $"{name}.md"),
                $"[[type:{type}]]\n# Page {name}\n\n{Filler(name)}\n");
        return project;
    }

    /// <summary>A first paragraph longer than an excerpt, so text added after it changes no card.</summary>
    private static string Filler(string name) => string.Concat(Enumerable.Range(1, 12).Select(i =>
        $"Sentence {i} of page {name} says a little more about what the lab tried and what it learned. "));

    /// <summary>Puts <paramref name="line"/> before the first line of a template.</summary>
    private static void Prepend(CacheProject project, string template, string line)
    {
        var file = Path.Combine(project.Templates, template);
        File.WriteAllText(file, line + "\n" + File.ReadAllText(file));
    }

    /// <summary>An edit of one document's text that changes nothing another page shows.</summary>
    private static void EditText(CacheProject project, string name) =>
        File.AppendAllText(Path.Combine(project.Source, $"{name}.md"), $"\n\nOne more paragraph {Guid.NewGuid():N}.\n");

    /// <summary>
    /// <c>build</c> as a user runs it: the exit code, the diagnostics it printed (one per line, the summary last; the
    /// output folder as <c>&lt;out&gt;</c>) and what it said it built.
    /// </summary>
    private static (int Code, string[] Diagnostics, string Output) Run(CacheProject project, string? output = null,
        string? cache = null, params string[] extra)
    {
        var written = new StringWriter();
        var errors = new StringWriter();
        var code = BuildCommand.Run(new CommandLine([
            "--source", project.Source, "--content", project.Content, "--templates", project.Templates,
            "--out", output ?? project.Output, "--cache", cache ?? project.CacheFolder, "--no-search", "--no-cards",
            .. extra]), written, errors);
        // The output folder, named by a diagnostic about it, as one name whichever folder was built.
        var lines = errors.ToString()
            .Replace(Path.GetFullPath(output ?? project.Output), "<out>", StringComparison.Ordinal)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return (code, lines, written.ToString());
    }

    /// <summary>The template's path as diagnostics name it (the templates folder's name, then the file).</summary>
    private static string Shown(CacheProject project, string template) =>
        $"{Path.GetFileName(project.Templates)}/{template}";

    [Test]
    public void A_string_missing_in_a_page_template_is_reported_by_warm_no_change_and_strict_builds_as_by_a_cold_one()
    {
        var project = Project();
        // The not-found page: no document edit renders it again.
        Prepend(project, "pages/404.sbn", "<p>{{ " + MissingKey + " }}</p>");

        var cold = Run(project);
        Assert.That(cold.Code, Is.Zero, string.Join('\n', cold.Diagnostics));
        var expected = $"{Shown(project, "pages/404.sbn")}(1,7): warning SDG095: no strings file has \"no.such.key\"";
        Assert.That(cold.Diagnostics.Count(d => d.StartsWith(expected, StringComparison.Ordinal)), Is.EqualTo(1),
            string.Join('\n', cold.Diagnostics));

        EditText(project, "a");
        var warm = Run(project);
        Assert.That(warm.Output, Does.Match(@"\(1 rendered, \d+ reused\)"), "only the edited document's page");
        Assert.That(warm.Diagnostics, Is.EqualTo(cold.Diagnostics));

        var unchanged = Run(project);
        Assert.That(unchanged.Output, Does.Match(@"\(0 rendered, \d+ reused\)"), "nothing changed: nothing done");
        Assert.That(unchanged.Diagnostics, Is.EqualTo(cold.Diagnostics), "the no-change build says what the last said");

        EditText(project, "b");
        var strictWarm = Run(project, extra: "--strict");
        Assert.That(strictWarm.Code, Is.Not.Zero, "--strict fails on the replayed warning");
        Assert.That(strictWarm.Diagnostics.Count(d => d.StartsWith(expected, StringComparison.Ordinal)), Is.EqualTo(1));
        var strictCold = Run(project, TempFolder.Create("replay-strict-out"), TempFolder.Create("replay-strict-cache"),
            "--strict");
        Assert.That(strictCold.Code, Is.Not.Zero);
        Assert.That(strictWarm.Diagnostics, Is.EqualTo(strictCold.Diagnostics));
    }

    [Test]
    public void A_string_missing_in_the_card_partial_is_reported_once_by_warm_builds_as_by_a_cold_one()
    {
        var project = Project();
        // Drawn once per card and shown by every listing: reported once, whichever pages show it.
        Prepend(project, "partials/document-card.sbn", "{{ " + MissingKey + " }}");

        var cold = Run(project);
        Assert.That(cold.Code, Is.Zero, string.Join('\n', cold.Diagnostics));
        var expected = $"{Shown(project, "partials/document-card.sbn")}(1,4): warning SDG095: no strings file has";
        Assert.That(cold.Diagnostics.Count(d => d.StartsWith(expected, StringComparison.Ordinal)), Is.EqualTo(1),
            string.Join('\n', cold.Diagnostics));

        EditText(project, "c");
        var warm = Run(project);
        Assert.That(warm.Output, Does.Match(@"\(1 rendered, \d+ reused\)"), "only the edited document's page");
        Assert.That(warm.Diagnostics, Is.EqualTo(cold.Diagnostics));
        // A change no page shows: no card is drawn at all.
        project.TouchContent();
        var untouched = Run(project);
        Assert.That(untouched.Output, Does.Match(@"\(0 rendered, \d+ reused\)"));
        Assert.That(untouched.Diagnostics, Is.EqualTo(cold.Diagnostics));

        project.TouchContent();
        Assert.That(Run(project, extra: "--strict").Code, Is.Not.Zero, "--strict fails on the replayed warning");
        Assert.That(Run(project, TempFolder.Create("replay-strict-out"), TempFolder.Create("replay-strict-cache"),
            "--strict").Code, Is.Not.Zero);
    }

    /// <summary>serve's builder after a change no page shows: a build in place, every page reused.</summary>
    private static BuildOutcome Touched(CacheProject project, PipelineSiteBuilder serve)
    {
        project.TouchContent();
        var touched = Path.Combine(project.Content, "touched.txt");
        return serve.BuildAsync(new ChangeSet([new FileChange(ChangeKind.ContentChanged, WatchArea.Content, touched,
            "touched.txt")]), CancellationToken.None).GetAwaiter().GetResult();
    }

    private static string[] Lines(BuildOutcome outcome) => outcome.Diagnostics.Select(d => d.ToString()).ToArray();

    [Test]
    public void Serve_reports_a_missing_string_after_builds_and_refreshes_that_reuse_the_page_that_asked_for_it()
    {
        var project = Project();
        Prepend(project, "pages/404.sbn", "<p>{{ " + MissingKey + " }}</p>");
        using var serve = project.ServeBuilder();
        var first = serve.BuildAsync(null, CancellationToken.None).GetAwaiter().GetResult();
        Assert.That(first.Succeeded, Is.True, string.Join('\n', Lines(first)));
        Assert.That(Lines(first).Count(l => l.Contains("SDG095", StringComparison.Ordinal)), Is.EqualTo(1),
            string.Join('\n', Lines(first)));

        var rebuilt = Touched(project, serve);
        Assert.That(rebuilt.ChangedPaths, Is.Empty, "every page reused");
        Assert.That(Lines(rebuilt), Is.EqualTo(Lines(first)));

        EditText(project, "a");
        var file = Path.Combine(project.Source, "a.md");
        var refreshed = serve.BuildAsync(new ChangeSet([new FileChange(ChangeKind.DocumentChanged, WatchArea.Documents,
            file, "a.md")]), CancellationToken.None).GetAwaiter().GetResult();
        Assert.That(Lines(refreshed), Is.EqualTo(Lines(first)), "a refresh of another page keeps it");
        Assert.That(Lines(Touched(project, serve)), Is.EqualTo(Lines(first)));
    }

    [Test]
    public void A_card_partial_that_fails_fails_every_serve_build_in_place_that_shows_the_cards()
    {
        var project = Project();
        using var serve = project.ServeBuilder();
        Assert.That(serve.BuildAsync(null, CancellationToken.None).GetAwaiter().GetResult().Succeeded, Is.True);

        // A name the card's view does not have: an error at the partial's line and column, for each card.
        Prepend(project, "partials/document-card.sbn", "{{ d.no_such_member }}");
        var template = Path.Combine(project.Templates, "partials", "document-card.sbn");
        var broken = serve.BuildAsync(new ChangeSet([new FileChange(ChangeKind.TemplateChanged, WatchArea.Templates,
            template, "partials/document-card.sbn")]), CancellationToken.None).GetAwaiter().GetResult();
        Assert.That(broken.Succeeded, Is.False);
        var errors = Lines(broken).Where(l => l.Contains("error SDG040", StringComparison.Ordinal)).ToList();
        Assert.That(errors, Has.Count.EqualTo(1), "one line, however many cards: " + string.Join('\n', Lines(broken)));
        Assert.That(errors[0], Does.StartWith($"{Shown(project, "partials/document-card.sbn")}(1,6): error SDG040"));

        // Written in place, the pages showing the broken cards are in the served folder and the state.
        var inPlace = Touched(project, serve);
        Assert.That(inPlace.Succeeded, Is.False);
        Assert.That(Lines(inPlace), Is.EqualTo(Lines(broken)));
        var reused = Touched(project, serve);
        Assert.That(reused.ChangedPaths, Is.Empty, "every page reused");
        Assert.That(reused.Succeeded, Is.False, "the cards are still broken");
        Assert.That(Lines(reused), Is.EqualTo(Lines(broken)));
    }
}
