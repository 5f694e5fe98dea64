using System.Text.Json;
using SdgArchive.Commands;

namespace SdgArchive.SiteTests.Languages;

/// <summary>The language in the built site: open data, the languages taxonomy and inspect.</summary>
public class LanguageSiteTests
{
    public static readonly IReadOnlyDictionary<string, string> Documents = new Dictionary<string, string>
    {
        ["spanish.md"] = "# Semillas nativas\n\n[[type:blog]]\n[[year:2022]]\n\n" +
            "Las mujeres de la comunidad cultivan semillas nativas y las comparten con sus vecinas cada año.\n",
        ["arabic.md"] = "# البذور المحلية\n\n[[type:blog]]\n[[year:2021]]\n\n" +
            "تزرع نساء المجتمع البذور المحلية ويتقاسمنها مع جاراتهن في القرية كل عام.\n",
        ["tagged.md"] = "# Sementes\n\n[[type:blog]]\n[[language:pt-BR]]\n\nSementes.\n",
        ["short.md"] = "# Seeds\n\n[[type:blog]]\n",
        ["english.md"] = "# Native seeds\n\n[[type:blog]]\n\n" +
            "The women of the community grow native seeds and share them with their neighbours every year.\n",
    };

    private static readonly Lazy<string> Source = new(() => TempFolder.WithFiles("languages", Documents));
    private static readonly Lazy<BuiltSite> Site = new(() => BuiltSite.Build(Source.Value));

    [Test]
    public void Documents_json_gives_each_document_its_language_and_where_it_came_from()
    {
        using var json = JsonDocument.Parse(Site.Value.Text("/api/documents.json"));
        var languages = json.RootElement.EnumerateArray().ToDictionary(
            r => r.GetProperty("source").GetString()!,
            r => (r.GetProperty("language").GetString(), r.GetProperty("languageSource").GetString()));
        Assert.That(languages, Is.EquivalentTo(new Dictionary<string, (string?, string?)>
        {
            ["spanish.md"] = ("es", "detected"), ["arabic.md"] = ("ar", "detected"), ["tagged.md"] = ("pt-BR", "tag"),
            ["short.md"] = ("en", "site"), ["english.md"] = ("en", "detected"),
        }));
    }

    [Test]
    public void The_languages_taxonomy_has_an_index_and_a_page_per_language()
    {
        var index = Site.Value.Page("/languages/");
        // A tag shows its name, then its count: the name is the link's first text.
        var names = index.QuerySelectorAll("main a").Select(a => a.FirstChild?.TextContent.Trim()).ToList();
        Assert.That(names, Is.SupersetOf(new[] { "Spanish", "Arabic", "Portuguese", "English" }));
        var spanish = Site.Value.Page("/languages/spanish/");
        Assert.That(spanish.QuerySelector("main")!.TextContent, Does.Contain("Semillas nativas"));
        Assert.That(spanish.QuerySelector("main")!.TextContent, Does.Not.Contain("Native seeds"));
        var english = Site.Value.Page("/languages/english/").QuerySelector("main")!.TextContent;
        Assert.That(english, Does.Contain("Native seeds").And.Contain("Seeds"), "too short to tell: the site's language");
    }

    [Test]
    public void The_documents_listing_has_a_language_filter_pre_rendered_for_each_language()
    {
        var facet = Site.Value.Page("/documents/").QuerySelector("details.facet[data-facet='languages']");
        Assert.That(facet, Is.Not.Null, "a language facet beside type, year, goal and country");
        var links = facet!.QuerySelectorAll("a[href]").ToDictionary(a => a.FirstChild!.TextContent.Trim(), a => a.GetAttribute("href")!);
        Assert.That(links.Keys, Is.SupersetOf(new[] { "Spanish", "Arabic", "Portuguese", "English" }));

        var spanish = Site.Value.Page(links["Spanish"]);
        var titles = spanish.QuerySelectorAll(".card-title a").Select(a => (a.TextContent.Trim(), a.GetAttribute("lang"))).ToList();
        Assert.That(titles, Is.EqualTo(new[] { ("Semillas nativas", "es") }), "only the Spanish document, declaring its language");
    }

    [Test]
    public void Inspect_says_where_each_language_came_from_and_when_the_text_was_too_short()
    {
        var output = new StringWriter();
        var code = InspectCommand.Run(new CommandLine(["--source", Source.Value]), output, new StringWriter());
        Assert.That(code, Is.EqualTo(0));
        var text = output.ToString();
        Assert.That(text, Does.Contain("language: es (detected from the text)"));
        Assert.That(text, Does.Contain("language: pt-BR (from its language tag)"));
        Assert.That(text, Does.Contain("language: too short to tell: pages declare the site's language"));

        var json = new StringWriter();
        InspectCommand.Run(new CommandLine(["--source", Source.Value, "--json"]), json, new StringWriter());
        using var parsed = JsonDocument.Parse(json.ToString());
        var shortOne = parsed.RootElement.EnumerateArray().Single(d => d.GetProperty("Source").GetString() == "short.md");
        Assert.That(shortOne.GetProperty("Language").GetProperty("Source").GetString(), Is.EqualTo("TooShort"));
    }
}
