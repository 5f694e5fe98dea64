using System.Text.RegularExpressions;
using SdgArchive.Diagnostics;
using SdgArchive.Reading;
using SdgArchive.Search;
using SdgArchive.Site;

namespace SdgArchive.SiteTests.Reading;

/// <summary>
/// Blog posts copied from undp.org carry the site's navigation inside the author's text ("Skip to main content",
/// the country, "WHO WE ARE" … "HOME", "CAMEROON", "BLOG", the title in capitals). The 39 shared pages that have it
/// are read with the whole corpus (the archive decides what recurs) and neither their excerpt nor their search
/// record holds the menu, while the article's own words stay.
/// </summary>
public partial class ScrapedNavigationTests
{
    private static readonly string[] Menu =
    [
        "Skip to main content", "Pasar al contenido principal", "Aller au contenu principal", "WHO WE ARE", "WHAT WE DO",
        "GET INVOLVED", "QUIÉNES SOMOS", "QUÉ HACEMOS", "INVOLÚCRATE", "QUI SOMMES-NOUS", "Global Search",
    ];

    private static SiteIndex _index = null!;
    private static Dictionary<string, SearchRecord> _records = [];
    private static List<SiteDocument> _scraped = [];

    [OneTimeSetUp]
    public void ReadCorpus()
    {
        var corpus = RepoPaths.RequireCorpus();
        _index = new SiteIndex(ArchiveReader.ReadFolder(corpus, new DiagnosticBag()), new SiteSettings());
        _records = SearchRecords.For(_index).ToDictionary(r => r.Url, StringComparer.Ordinal);
        _scraped = _index.Documents
            .Where(d => SkipLink().IsMatch(File.ReadAllText(Path.Combine(corpus, d.Source.SourcePath)))).ToList();
    }

    private static SearchRecord RecordOf(SiteDocument document) => _records[$"/documents/{document.Source.Slug}/"];

    [Test]
    public void Copied_pages_have_no_navigation_in_their_excerpt_or_search_text()
    {
        Assert.That(_scraped, Has.Count.GreaterThanOrEqualTo(30), "the shared pages copied from undp.org");
        var leaks = new List<string>();
        foreach (var document in _scraped)
        {
            var content = RecordOf(document).Content;
            foreach (var item in Menu)
            {
                if (document.Excerpt.Contains(item, StringComparison.Ordinal)) leaks.Add($"{document.Source.SourcePath} excerpt: {item}");
                if (content.Contains(item, StringComparison.Ordinal)) leaks.Add($"{document.Source.SourcePath} search: {item}");
            }
        }
        Assert.That(leaks, Is.Empty, string.Join('\n', leaks));
    }

    [Test]
    public void The_article_itself_stays_in_the_excerpt_and_the_search_text()
    {
        var cameroon = _scraped.Single(d => d.Source.SourcePath == "blog_and_if_it_was_only_a_question_of_coordination_failures.md");
        var content = RecordOf(cameroon).Content;
        Assert.That(content, Does.Contain("This blog is the first in a series of three dedicated to the quest for solutions"));
        Assert.That(content, Does.Contain("A bit of theory: an introduction to the concept of coordination failures"));
        Assert.That(content, Does.Not.Contain("CAMEROON BLOG"), "the breadcrumb");
        Assert.That(cameroon.Excerpt, Does.StartWith("By Jean-Paul Mvogo, Head of Experimentation"),
            "the menu, the breadcrumb and the title repeated in capitals are not the summary");

        var argentina = _scraped.Single(d => d.Source.SourcePath == "blog_campeones_de_la_co-laboraci_n_por_tercer_a_o_consecutivo.md");
        Assert.That(argentina.Excerpt, Does.Not.Contain("CAMPEONES DE LA CO-LABORACIÓN"), "the title in capitals");
        Assert.That(RecordOf(argentina).Content, Does.Contain("Tres estrellas tiene la camiseta de la selección Argentina"));
    }

    [GeneratedRegex(@"^(Skip to main content|Pasar al contenido principal|Aller au contenu principal)\s*$", RegexOptions.Multiline)]
    private static partial Regex SkipLink();
}
