using SdgArchive.Caching;
using SdgArchive.Diagnostics;

namespace SdgArchive.SiteTests.Search;

/// <summary>
/// A warm build after an edit copies the unchanged parts of the last search index (here the French one, while an
/// English seed changed) and must give the index a cold build of the edited source gives, byte for byte.
/// </summary>
public class SearchIndexRebuildTests
{
    private const string French = "# Coopératives laitières et réfrigération solaire\n\n[[type:solution]]\n[[year:2022]]\n\n" +
        "Les éleveuses du village ont installé des réfrigérateurs solaires pour conserver le lait pendant la saison chaude. " +
        "La coopérative achète le lait deux fois par jour, et les pertes ont diminué de moitié.\n";

    [Test]
    public void A_warm_build_after_an_edit_gives_the_index_of_a_cold_build()
    {
        var source = TempFolder.CopyOf(RepoPaths.Seeds, "search-rebuild");
        File.WriteAllText(Path.Combine(source, "cooperatives_laitieres.md"), French);
        var (output, cache) = (TempFolder.Create("search-rebuild-site"), TempFolder.Create("search-rebuild-cache"));
        BuildInto(source, output, cache);
        var seed = Directory.EnumerateFiles(source, "*.txt").Order(StringComparer.Ordinal).First();
        File.WriteAllText(seed, File.ReadAllText(seed).TrimEnd() + "\n\nThe lab also surveyed zebrafish hatcheries.\n");

        var warm = BuildInto(source, output, cache);
        var cold = BuildInto(source, TempFolder.Create("search-rebuild-cold"), TempFolder.Create("search-rebuild-cold-cache"));

        Assert.That(File.Exists(Path.Combine(warm.Output, "pagefind", "fr", "pagefind-entry.json")), Is.True);
        Assert.That(PagefindIndexerTests.Files(Path.Combine(warm.Output, "pagefind")),
            Is.EqualTo(PagefindIndexerTests.Files(Path.Combine(cold.Output, "pagefind"))));
        // The parts' keys are in the build's one state file, not in the published folder.
        Assert.That(File.Exists(Path.Combine(warm.Output, "pagefind", "parts.json")), Is.False);
        var state = File.ReadAllText(Directory.EnumerateFiles(cache, "state-*.json").Single());
        Assert.That(state, Does.Contain("\"Parts\":{\"\":{\"Key\"").And.Contain("\"fr\":{\"Key\""));
    }

    [Test]
    public void Another_pagefind_binary_makes_the_index_again_even_with_the_same_records()
    {
        var binary = Path.Combine(RepoPaths.Root, "node_modules", "@pagefind", "linux-x64", "bin", "pagefind_extended");
        if (!OperatingSystem.IsLinux() || !File.Exists(binary))
            Prerequisites.Missing("Pagefind is not installed (npm ci)");
        var (output, cache, tools) = (TempFolder.Create("search-tool-site"), TempFolder.Create("search-tool-cache"),
            TempFolder.Create("search-tool-binary"));
        BuildInto(RepoPaths.Seeds, output, cache);
        // A kept index is linked from the last build's (the same file); a remade one is written anew.
        var entry = Path.Combine(output, "pagefind", "pagefind-entry.json");
        var first = Path.Combine(tools, "first-entry.json");
        HardLink.LinkOrCopy(entry, first);
        BuildInto(RepoPaths.Seeds, output, cache);
        var kept = HardLink.SameFile(first, entry);
        // Another build of pagefind, as an upgrade in package-lock.json brings: here the same program, one byte longer.
        var other = Path.Combine(tools, "pagefind_extended");
        File.Copy(binary, other);
        File.AppendAllText(other, "\n");
        var saved = Environment.GetEnvironmentVariable("PAGEFIND_EXTENDED_BINARY_PATH");
        try
        {
            Environment.SetEnvironmentVariable("PAGEFIND_EXTENDED_BINARY_PATH", other);
            BuildInto(RepoPaths.Seeds, output, cache);
        }
        finally { Environment.SetEnvironmentVariable("PAGEFIND_EXTENDED_BINARY_PATH", saved); }

        Assert.That(kept, Is.True, "same records, same pagefind: the index is kept");
        Assert.That(File.Exists(entry), Is.True);
        Assert.That(HardLink.SameFile(first, entry), Is.False,
            "another pagefind makes the index again");
        foreach (var folder in new[] { output, cache, tools }) TempFolder.Remove(folder);
    }

    private static BuiltSite BuildInto(string source, string output, string cache)
    {
        var site = BuiltSite.Build(source, o => o with { Search = true, Cards = false, Cache = cache }, output);
        Assert.That(site.Result.Succeeded, Is.True, string.Join("\n", site.Result.Diagnostics.Sorted().Where(d => d.Severity == Severity.Error)));
        return site;
    }
}
