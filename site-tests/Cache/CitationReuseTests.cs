using SdgArchive.Build;
using SdgArchive.SiteTests.Support;

namespace SdgArchive.SiteTests.Cache;

/// <summary>
/// A warm build keeps the citation files whose bytes are unchanged from the output it replaces (a link instead of a
/// write): an edited document's files must say what it says now, and a file of the old output that is not a
/// plain file is never carried over.
/// </summary>
[TestFixture]
public sealed class CitationReuseTests
{
    private static (string Source, Func<BuildResult> Build, string Output) Project()
    {
        var project = TempFolder.Create("cite-reuse");
        var source = TempFolder.CopyOf(RepoPaths.Seeds, "cite-reuse-seeds");
        var output = Path.Combine(project, "public");
        return (source, () => new SitePipeline(new BuildOptions
        {
            Source = source, Templates = RepoPaths.Templates, Content = RepoPaths.Content, Output = output,
            Cache = Path.Combine(project, ".sdg-cache"), Search = false, Cards = false,
        }).Build(), output);
    }

    [Test]
    public void A_document_given_another_year_cites_it_and_the_others_keep_theirs()
    {
        var (source, build, output) = Project();
        Assert.That(build().Succeeded, Is.True);
        var before = Citations(output);

        var file = Directory.GetFiles(source).Order(StringComparer.Ordinal).First();
        var text = File.ReadAllText(file);
        Assert.That(text, Does.Contain("[[year:2022]]"), "the first seed is dated 2022");
        File.WriteAllText(file, text.Replace("[[year:2022]]", "[[year:2019]]"));
        Assert.That(build().Succeeded, Is.True);

        var after = Citations(output);
        Assert.That(after.Keys, Is.EquivalentTo(before.Keys));
        var changed = after.Keys.Where(k => before[k] != after[k]).ToList();
        Assert.That(changed, Has.Count.EqualTo(1), "only the edited document's citation changes");
        Assert.That(after[changed[0]], Does.Contain("year = {2019}"));
    }

    private static Dictionary<string, string> Citations(string output) =>
        Directory.GetFiles(output, "cite.bib", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(output, f), File.ReadAllText);

    [Test]
    public void A_citation_file_replaced_by_a_link_in_the_old_output_is_written_again()
    {
        var (_, build, output) = Project();
        Assert.That(build().Succeeded, Is.True);
        var (bib, text) = ReplaceFirstWithLink(output, "cite.bib");

        Assert.That(build().Succeeded, Is.True);
        Assert.That(new FileInfo(bib).LinkTarget, Is.Null, "a plain file again");
        Assert.That(File.ReadAllText(bib), Is.EqualTo(text));
    }

    /// <summary>
    /// The first file of that name becomes a link to a copy outside the site: same bytes behind a link, which the
    /// build must not carry out of the site into the next output. Returns the path and the bytes as text.
    /// </summary>
    private static (string Path, string Text) ReplaceFirstWithLink(string output, string name)
    {
        var file = Directory.GetFiles(output, name, SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var text = File.ReadAllText(file);
        var elsewhere = Path.Combine(TempFolder.Create("cite-link-target"), name);
        File.WriteAllText(elsewhere, text);
        File.Delete(file);
        File.CreateSymbolicLink(file, elsewhere);
        return (file, text);
    }

    [Test]
    public void A_file_kept_beside_an_unchanged_citation_is_never_carried_over_as_a_link()
    {
        var (source, build, output) = Project();
        Assert.That(build().Succeeded, Is.True);
        // The RIS file is kept with its document's BibTeX file, which stays as it was.
        var (ris, text) = ReplaceFirstWithLink(output, "cite.ris");
        // Another document's edit, so the build does not replay the last one.
        var other = Directory.GetFiles(source).Order(StringComparer.Ordinal).Last();
        File.AppendAllText(other, "\n\nOne more paragraph.\n");

        Assert.That(build().Succeeded, Is.True);
        Assert.That(new FileInfo(ris).LinkTarget, Is.Null, "a plain file again");
        Assert.That(File.ReadAllText(ris), Is.EqualTo(text));
    }
}
