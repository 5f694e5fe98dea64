using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using SdgArchive.Build;
using SdgArchive.Serve;
using SdgArchive.SiteTests.Cache;
using SdgArchive.SiteTests.Support;

namespace SdgArchive.SiteTests.Properties;

/// <summary>
/// After any sequence of edits to the documents (a body edit, a new title, a new tag, a deletion, a new document), to
/// an interface string or to a setting, a warm build (the last build's cache), serve (documents in memory, refreshes
/// in place) and a cold build write byte-identical folders, and the warm build and serve report what the cold build
/// reports, line for line (the templates ask for a string no file has, in a page and in the card, so pages reused
/// have something to report).
/// </summary>
public sealed class IncrementalProperties
{
    /// <summary>One edit of the source folder; <see cref="Target"/> picks a document by position, whatever the count.</summary>
    public sealed record Edit(string Kind, int Target, int Variant);

    private static readonly string[] Kinds = ["body", "excerpt", "title", "tag", "delete", "add", "string", "setting"];

    /// <summary>Strings shown by one kind of page or another (document, home, listings' cards, the layout).</summary>
    private static readonly string[] Strings = ["document.about", "home.newest", "card.tags", "nav.map"];

    private static readonly Gen<Edit> Edits =
        from kind in Gen.Elements(Kinds)
        from target in Gen.Choose(0, 50)
        from variant in Gen.Choose(0, 3)
        select new Edit(kind, target, variant);

    [FsCheck.NUnit.Property(MaxTest = 4, EndSize = 4)]
    public Property Warm_build_serve_and_cold_build_agree_after_any_edits() =>
        Prop.ForAll(Edits.ListOf().Select(l => l.Take(3).ToList()).ToArbitrary(), edits =>
        {
            var project = CacheProject.FromCorpus(8);
            project.Templates = TempFolder.CopyOf(RepoPaths.Templates, "prop-templates");
            foreach (var template in new[] { "pages/404.sbn", "partials/document-card.sbn" })
            {
                var path = Path.Combine(project.Templates, template);
                File.WriteAllText(path, "{{ t 'prop.no_such_key' }}\n" + File.ReadAllText(path));
            }
            var served = TempFolder.Create("prop-serve");
            using var serve = new PipelineSiteBuilder(new BuildOptions
            {
                Source = project.Source, Content = project.Content, Templates = project.Templates, Output = served, Cache = project.CacheFolder,
            });
            var servedLast = Run(serve, null);
            var warm = project.Build();
            foreach (var edit in edits)
            {
                servedLast = Run(serve, Apply(project, edit));
                warm = project.Build();
            }
            var cold = TempFolder.Create("prop-cold");
            var coldBuild = project.Build(o => o with { UseCache = false }, cold);
            var coldFiles = CacheProject.Hashes(cold);
            var warmDiffers = Differing(CacheProject.Hashes(project.Output), coldFiles);
            var serveDiffers = Differing(CacheProject.Hashes(served), coldFiles);
            var coldLines = Lines(coldBuild.Diagnostics.Sorted(), cold);
            var warmLines = Lines(warm.Diagnostics.Sorted(), project.Output);
            var servedLines = Lines(servedLast.Diagnostics, served);
            var what = string.Join(", ", edits);
            string Reports(string who, List<string> lines) =>
                $"{who} after [{what}] reports\n{string.Join('\n', lines)}\ncold:\n{string.Join('\n', coldLines)}";
            return (warmDiffers.Count == 0).Label($"warm build after [{what}] differs in {string.Join(", ", warmDiffers)}")
                .And((serveDiffers.Count == 0)
                    .Label($"serve after [{what}] differs in {string.Join(", ", serveDiffers)}"))
                .And(warmLines.SequenceEqual(coldLines).Label(Reports("warm build", warmLines)))
                .And(servedLines.SequenceEqual(coldLines).Label(Reports("serve", servedLines)));
        });

    private static BuildOutcome Run(PipelineSiteBuilder serve, ChangeSet? changes)
    {
        var outcome = serve.BuildAsync(changes, CancellationToken.None).GetAwaiter().GetResult();
        Assert.That(outcome.Succeeded, Is.True, string.Join('\n', outcome.Diagnostics));
        return outcome;
    }

    /// <summary>
    /// Diagnostics as printed, the output folder (named by some) as one name whichever it is, sorted (as the build
    /// sorts them, which a folder's name would otherwise decide).
    /// </summary>
    private static List<string> Lines(IEnumerable<SdgArchive.Diagnostics.Diagnostic> diagnostics, string output)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        return diagnostics.Select(d => d.ToString().Replace(full, "<out>", StringComparison.Ordinal)
            .Replace(Path.GetFileName(full) + "/", "<out>/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
    }

    private static List<string> Differing(Dictionary<string, string> actual, Dictionary<string, string> expected) =>
        expected.Keys.Union(actual.Keys).Where(f => actual.GetValueOrDefault(f) != expected.GetValueOrDefault(f))
            .Order(StringComparer.Ordinal).Take(5).ToList();

    /// <summary>Makes the edit in the source folder and says what serve's watcher would report.</summary>
    private static ChangeSet Apply(CacheProject project, Edit edit)
    {
        var files = Directory.EnumerateFiles(project.Source).Order(StringComparer.Ordinal).ToList();
        var file = files[edit.Target % files.Count];
        var kind = ChangeKind.DocumentChanged;
        switch (edit.Kind)
        {
            case "body":
                File.AppendAllText(file, $"\n\nA paragraph added later, number {edit.Variant}.\n");
                break;
            case "excerpt":
                var text = File.ReadAllText(file);
                var at = Math.Max(0, text.IndexOf("\n## ", StringComparison.Ordinal));
                File.WriteAllText(file, text.Insert(at, $"\n## Update {edit.Variant}\n\nFirst, what changed: a new summary.\n"));
                break;
            case "title":
                File.WriteAllText(file, $"# A retitled document {edit.Variant}\n\n" + File.ReadAllText(file));
                break;
            case "tag":
                File.WriteAllText(file, $"[[thematic_areas:edited theme {edit.Variant}]]\n" + File.ReadAllText(file));
                break;
            case "delete" when files.Count > 2:
                File.Delete(file);
                kind = ChangeKind.DocumentDeleted;
                break;
            case "string":
                // The strings file has comments: edited as text, the value's start.
                file = Path.Combine(project.Templates, "i18n", "en.json");
                var key = $"\"{Strings[edit.Target % Strings.Length]}\": \"";
                var strings = File.ReadAllText(file);
                Assert.That(strings, Does.Contain(key));
                File.WriteAllText(file, strings.Replace(key, $"{key}Edit {edit.Variant} ", StringComparison.Ordinal));
                return new ChangeSet(
                    [new FileChange(ChangeKind.TemplateChanged, WatchArea.Templates, file, "en.json")]);
            case "setting":
                file = Path.Combine(project.Content, "site.json");
                var settings = File.ReadAllText(file);
                settings = edit.Target % 2 == 0
                    ? Regex.Replace(settings, "\"sourceUrl\": \"[^\"]*\"",
                        $"\"sourceUrl\": \"https://example.org/v{edit.Variant}/\"")
                    : Regex.Replace(settings, "\"pageSize\": [0-9]+", $"\"pageSize\": {2 + edit.Variant}");
                File.WriteAllText(file, settings);
                return new ChangeSet(
                    [new FileChange(ChangeKind.SettingChanged, WatchArea.Settings, file, "site.json")]);
            default:
                file = Path.Combine(project.Source, $"zz-added-{Guid.NewGuid():N}.md");
                File.WriteAllText(file, $"[[type:blog]]\n[[thematic_areas:edited theme {edit.Variant}]]\n# An added document {edit.Variant}\n\nIt says something new.\n");
                kind = ChangeKind.DocumentAdded;
                break;
        }
        return new ChangeSet([new FileChange(kind, WatchArea.Documents, file, Path.GetFileName(file))]);
    }
}
