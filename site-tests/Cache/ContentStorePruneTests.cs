using System.Globalization;
using SdgArchive.Caching;
using SdgArchive.Commands;
using SdgArchive.SiteTests.Images;
using SdgArchive.SiteTests.Support;

namespace SdgArchive.SiteTests.Cache;

/// <summary>
/// The content store (cards, encoded images, read documents under <c>.sdg-cache/</c>) keeps what the last successful
/// build used and nothing else: before, every edit added entries that no build ever deleted (171 MB of read cache at
/// 10,000 documents). Builds run through <c>build</c>'s own code (<see cref="BuildCommand"/>), which holds the locks.
/// </summary>
[TestFixture]
public sealed class ContentStorePruneTests
{
    private static readonly string[] Kinds = ["cards", "documents", "excerpts", "images"];
    /// <summary>The kinds kept in packs (<see cref="PackedKind"/>): their entries are listed from the packs.</summary>
    private static readonly string[] Packed = ["documents", "excerpts"];

    private string _root = null!;
    private string _source = null!;
    private string _cache = null!;
    private string _output = null!;
    /// <summary>The document a test deletes: its picture is its own.</summary>
    private string _deleted = null!;

    [SetUp]
    public void MakeProject()
    {
        _root = TempFolder.Create("store-prune");
        _source = TempFolder.CopyOf(RepoPaths.Seeds, "store-prune-seeds");
        _cache = Path.Combine(_root, ".sdg-cache");
        _output = Path.Combine(_root, "public");
        // The seeds' pictures are remote: two documents get a local one each, so the store holds encoded variants.
        var documents = Directory.GetFiles(_source).Order(StringComparer.Ordinal).Take(2).ToList();
        for (var i = 0; i < documents.Count; i++)
        {
            var name = $"picture-{i}.png";
            File.WriteAllBytes(Path.Combine(_source, name),
                ImageTestFiles.Encode(ImageTestFiles.Gradient(600 + 100 * i, 400), "png"));
            File.AppendAllText(documents[i], $"\n\n![A field, view {i}]({name})\n");
        }
        _deleted = documents[0];
    }

    [TearDown]
    public void Remove() => TempFolder.Remove(_root);

    private static (int ExitCode, string Output) Build(string source, string cache, string output,
        string? templates = null, string? content = null)
    {
        using var written = new StringWriter();
        using var errors = new StringWriter();
        var exit = BuildCommand.Run(new CommandLine([
            "--source", source, "--templates", templates ?? RepoPaths.Templates,
            "--content", content ?? RepoPaths.Content, "--cache", cache, "--out", output, "--no-search", "--verbose",
        ]), written, errors);
        return (exit, written + "\n" + errors);
    }

    /// <summary>Every store entry, by kind and path, with its hash.</summary>
    private static SortedDictionary<string, string> Store(string cache)
    {
        var all = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var kind in Kinds.Where(k => Directory.Exists(Path.Combine(cache, k))))
        {
            var entries = Packed.Contains(kind)
                ? PackedKind.Entries(Path.Combine(cache, kind)).Select(e => (e.Key, ContentHash.Of(e.Bytes)))
                : FolderHashes.Of(Path.Combine(cache, kind)).Select(e => (e.Key, e.Value));
            foreach (var (path, hash) in entries) all[$"{kind}/{path}"] = hash;
        }
        return all;
    }

    private static int CountOf(IEnumerable<string> entries, string kind) =>
        entries.Count(k => k.StartsWith(kind + "/", StringComparison.Ordinal));

    [Test]
    public void A_deleted_documents_card_and_read_entry_are_pruned_and_the_store_is_a_cold_builds()
    {
        var first = Build(_source, _cache, _output);
        Assert.That(first.ExitCode, Is.Zero, first.Output);
        var before = Store(_cache);
        foreach (var kind in Kinds)
            Assert.That(CountOf(before.Keys, kind), Is.GreaterThan(0), $"the seeds store {kind}");

        File.Delete(_deleted);
        var again = Build(_source, _cache, _output);
        Assert.That(again.ExitCode, Is.Zero, again.Output);
        var after = Store(_cache);

        var gone = before.Keys.Except(after.Keys).ToList();
        Assert.That(CountOf(gone, "cards"), Is.EqualTo(1), "its card");
        Assert.That(CountOf(gone, "documents"), Is.EqualTo(1), "its read entry");
        Assert.That(CountOf(gone, "excerpts"), Is.EqualTo(1), "its excerpt");
        Assert.That(CountOf(gone, "images"), Is.GreaterThan(0), "its pictures' variants");
        Assert.That(after.Keys.Except(before.Keys), Is.Empty, "nothing new: the other documents are unchanged");
        Assert.That(after.Count, Is.EqualTo(before.Count - gone.Count));
        Assert.That(again.Output, Does.Contain(
            string.Create(CultureInfo.InvariantCulture, $"cache: {gone.Count} entries pruned (")));

        var coldCache = Path.Combine(_root, "cold-cache");
        var cold = Build(_source, coldCache, Path.Combine(_root, "cold"));
        Assert.That(cold.ExitCode, Is.Zero, cold.Output);
        Assert.That(FolderHashes.Differences(Store(coldCache), after), Is.Empty,
            "the pruned store is the one a cold build of the same documents makes");
        Assert.That(FolderHashes.Differences(FolderHashes.Of(Path.Combine(_root, "cold")), FolderHashes.Of(_output)),
            Is.Empty, "and the site is the cold build's");
    }

    [Test]
    public void A_build_that_reuses_pages_keeps_the_entries_they_were_made_from()
    {
        var content = TempFolder.CopyOf(RepoPaths.Content, "store-prune-content");
        Assert.That(Build(_source, _cache, _output, content: content).ExitCode, Is.Zero);
        var before = Store(_cache);
        // An input no page shows: the build cannot replay the last one; it reuses the pages, cards and pictures.
        File.WriteAllText(Path.Combine(content, "notes.txt"), "changed");

        var run = Build(_source, _cache, _output, content: content);
        Assert.That(run.ExitCode, Is.Zero, run.Output);
        var reused = System.Text.RegularExpressions.Regex.Match(run.Output, @"pages \((\d+) reused\)");
        Assert.That(int.Parse(reused.Groups[1].Value, CultureInfo.InvariantCulture), Is.GreaterThanOrEqualTo(
            Directory.GetFiles(_source, "*.txt").Length), "the document pages were reused");
        Assert.That(run.Output, Does.Contain("cache: 0 entries pruned (0.0 MB)"));
        Assert.That(FolderHashes.Differences(before, Store(_cache)), Is.Empty);
    }

    [Test]
    public void A_failed_build_prunes_nothing()
    {
        Assert.That(Build(_source, _cache, _output).ExitCode, Is.Zero);
        var before = Store(_cache);
        File.Delete(_deleted);
        var templates = TempFolder.CopyOf(RepoPaths.Templates, "store-prune-templates");
        File.AppendAllText(Path.Combine(templates, "layouts", "base.sbn"), "{{ if }} never closed");

        var failed = Build(_source, _cache, _output, templates);
        Assert.That(failed.ExitCode, Is.Not.Zero, failed.Output);
        Assert.That(failed.Output, Does.Not.Contain("pruned"));
        Assert.That(FolderHashes.Differences(before, Store(_cache)), Is.Empty, "every entry is still there");
    }

    [Test]
    public void A_build_sharing_the_store_with_a_running_serve_or_build_prunes_nothing()
    {
        Assert.That(Build(_source, _cache, _output).ExitCode, Is.Zero);
        var before = Store(_cache);
        File.Delete(_deleted);

        // What serve, or a build into another folder, holds while it reads the store.
        using (StoreLease.Shared(_cache, TimeSpan.Zero))
        {
            var run = Build(_source, _cache, _output);
            Assert.That(run.ExitCode, Is.Zero, run.Output);
            Assert.That(run.Output, Does.Contain("cache: not pruned (another build or serve is using it)"));
        }
        Assert.That(FolderHashes.Differences(before, Store(_cache)), Is.Empty);

        Assert.That(Build(_source, _cache, Path.Combine(_root, "other")).Output, Does.Contain("entries pruned"),
            "once it is gone, the next build prunes");
        Assert.That(Store(_cache).Count, Is.LessThan(before.Count));
    }

    [Test]
    public void A_full_build_deletes_the_build_state_of_an_output_folder_removed_and_keeps_the_others()
    {
        var removed = Path.Combine(_root, "removed");
        var kept = Path.Combine(_root, "kept");
        Assert.That(Build(_source, _cache, removed).ExitCode, Is.Zero);
        Assert.That(Build(_source, _cache, kept).ExitCode, Is.Zero);
        var removedState = Path.Combine(_cache, BuildCache.StateFileName(removed));
        var keptState = Path.Combine(_cache, BuildCache.StateFileName(kept));
        Assert.That(File.Exists(removedState) && File.Exists(keptState), Is.True, "a state per output folder");
        // Files the cache did not make, though named like its states: a user's notes, and a state that names a
        // folder gone but not the one its name was made from.
        var notes = Path.Combine(_cache, "state-notes.json");
        File.WriteAllText(notes, "{\"Format\": \"mine\"}");
        var misnamed = Path.Combine(_cache, "state-0123456789abcdef.json");
        File.WriteAllText(misnamed, File.ReadAllText(keptState).Replace(kept, Path.Combine(_root, "elsewhere"),
            StringComparison.Ordinal));
        Directory.Delete(removed, recursive: true);

        // A build or serve sharing the store may be about to build into it again: kept while one holds the store.
        using (StoreLease.Shared(_cache, TimeSpan.Zero))
            Assert.That(Build(_source, _cache, _output).ExitCode, Is.Zero);
        Assert.That(File.Exists(removedState), Is.True, "kept while the store was held");

        var run = Build(_source, _cache, Path.Combine(_root, "third"));
        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(run.Output, Does.Contain("1 build state file of removed output folders deleted"));
        Assert.That(File.Exists(removedState), Is.False, "the removed folder's state");
        Assert.That(File.Exists(keptState), Is.True, "a live folder's state");
        Assert.That(File.Exists(Path.Combine(_cache, BuildCache.StateFileName(_output))), Is.True);
        Assert.That(File.Exists(notes) && File.Exists(misnamed), Is.True, "files the cache did not make");

        // The live folder's state still serves its builds: nothing changed, nothing is rendered.
        var again = Build(_source, _cache, kept);
        Assert.That(again.Output, Does.Contain("up to date"), again.Output);
    }

    [Test]
    public void Links_planted_in_the_store_are_neither_followed_nor_deleted_through()
    {
        Assert.That(Build(_source, _cache, _output).ExitCode, Is.Zero);
        var outside = TempFolder.Create("store-prune-outside");
        // Names a store would take for entries, so only the links keep them from being pruned.
        var victims = new[] { "0123456789abcdef.png", "abcdef0123456789.json", "0011223344556677-480.webp" }
            .Select(name => Path.Combine(outside, name)).ToList();
        foreach (var victim in victims) File.WriteAllText(victim, "not the store's");
        var cards = Path.Combine(_cache, "cards");
        Directory.CreateSymbolicLink(Path.Combine(cards, "01"), outside);
        Directory.CreateDirectory(Path.Combine(cards, "ab"));
        File.CreateSymbolicLink(Path.Combine(cards, "ab", "abcdef0123456789.png"), victims[0]);
        File.CreateSymbolicLink(Path.Combine(cards, "fedcba9876543210.png"), victims[1]);
        Directory.Delete(Path.Combine(_cache, "documents"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(_cache, "documents"), outside);

        File.Delete(_deleted);
        var run = Build(_source, _cache, _output);
        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(run.Output, Does.Contain("entries pruned"));

        foreach (var victim in victims)
            Assert.That(File.ReadAllText(victim), Is.EqualTo("not the store's"), $"{victim}: deleted or overwritten");
        Assert.That(Directory.GetFiles(outside), Has.Length.EqualTo(victims.Count), "nothing written through the link");
        Assert.That(new FileInfo(Path.Combine(cards, "ab", "abcdef0123456789.png")).LinkTarget, Is.Not.Null,
            "a link is not the store's: left where it is");
        TempFolder.Remove(outside);
    }
}
