using AngleSharp.Dom;
using SdgArchive.Reading;
using SdgArchive.Site;
using SdgArchive.SiteTests.Languages;

namespace SdgArchive.SiteTests.Design;

/// <summary>
/// The countries index by UN M49 region: every country the reader knows has a region, whatever name a document gives
/// it; places that are not countries stay apart; region names follow the interface language.
/// </summary>
public class CountryRegionTests
{
    /// <summary>Names as the archive writes them: aliases, accents, a place in a country, a placeholder, markup.</summary>
    private static readonly string[] Names =
    [
        "Kenya", "Ivory Coast", "Peru", "United States of America", "Viet Nam", "France", "Fiji", "Türkiye",
        "Null Island", "England", "Atlantis", "<b>Nowhere</b>",
    ];

    private static string Source()
    {
        var files = Names.Select((name, i) => (Name: $"doc-{i}.md", Text: $"""
            [[type:solution]]
            [[year:{2020 + i % 3}]]
            [[country:{name}]]

            # Document {i} in {name}

            > What did you do?

            We worked with the people of {name}.
            """.Replace("\r\n", "\n"))).ToDictionary(f => f.Name, f => f.Text);
        return TempFolder.WithFiles("regions", files);
    }

    private static readonly Lazy<BuiltSite> English = new(() => BuiltSite.Build(Source()));
    private static readonly Lazy<BuiltSite> French = new(() => BuiltSite.Build(Source(),
        o => o with { Content = InterfaceLanguageTests.ContentIn("fr") }));

    /// <summary>Each country link of the index with the region and sub-region headings it sits under.</summary>
    private static List<(string Country, string Region, string SubRegion)> Grouped(IDocument page) =>
        page.QuerySelectorAll(".region-group .letter-group li a").Select(a =>
        {
            var sub = a.Closest(".letter-group")!;
            var region = sub.ParentElement!.Closest(".region-group")!;
            return (a.TextContent, region.QuerySelector("h3")!.TextContent, sub.QuerySelector("h4")!.TextContent);
        }).ToList();

    [Test]
    public void Every_country_the_reader_knows_has_an_M49_region_and_every_region_a_name_in_each_language()
    {
        var missing = CountryCatalog.All.Where(c => CountryRegions.Of(c) is null).Select(c => c.Name).ToList();
        Assert.That(missing, Is.Empty, "a country without a region would be listed as not a country");
        var codes = CountryCatalog.All.Select(c => CountryRegions.Of(c)!)
            .SelectMany(r => new[] { r.Region, r.SubRegion }).Distinct().ToList();
        Assert.That(codes.Count(c => !CountryRegions.Regions.Contains(c)), Is.EqualTo(22), "the 22 sub-regions");
        foreach (var language in new[] { "en", "fr", "es" })
        {
            var text = File.ReadAllText(Path.Combine(RepoPaths.Templates, "i18n", language + ".json"));
            Assert.That(codes.Where(c => !text.Contains($"\"region.{c}\"", StringComparison.Ordinal)), Is.Empty,
                language);
        }
    }

    [Test]
    public void The_countries_index_groups_countries_by_region_and_keeps_other_places_apart()
    {
        var site = English.Value;
        Assert.That(site.Result.Succeeded, Is.True, site.Diagnostics);
        var page = site.Page("/countries/");
        var grouped = Grouped(page);
        Assert.That(grouped, Is.EquivalentTo(new[]
        {
            ("Kenya", "Africa", "Eastern Africa"), ("Côte d'Ivoire", "Africa", "Western Africa"),
            ("Peru", "Americas", "South America"), ("United States", "Americas", "Northern America"),
            ("Viet Nam", "Asia", "South-eastern Asia"), ("Türkiye", "Asia", "Western Asia"),
            ("France", "Europe", "Western Europe"), ("Fiji", "Oceania", "Melanesia"),
        }));
        Assert.That(page.QuerySelectorAll(".region-group > h3").Select(h => h.TextContent),
            Is.EqualTo(new[] { "Africa", "Americas", "Asia", "Europe", "Oceania" }), "in the standard's order");
        Assert.That(page.QuerySelectorAll("nav.letters-nav a").Select(a => a.GetAttribute("href")),
            Is.EqualTo(page.QuerySelectorAll(".region-group > h3").Select(h => "#" + h.Id)), "a jump to each region");
        Assert.That(page.QuerySelector("[data-term-filter] input"), Is.Not.Null, "the filter box (taxonomy.js shows it)");

        var apart = page.QuerySelectorAll(".not-places a").Select(a => a.FirstChild!.TextContent.Trim()).ToList();
        Assert.That(apart, Is.EquivalentTo(new[] { "Null Island", "England", "Atlantis", "<b>Nowhere</b>" }));
        Assert.That(page.QuerySelectorAll("b"), Is.Empty, "a tag's markup is text");
        Assert.That(page.QuerySelectorAll(".letters a").Select(a => a.TextContent), Has.None.Length.EqualTo(1),
            "regions, not letters, for countries");
    }

    [Test]
    public void Region_names_follow_the_interface_language()
    {
        var page = French.Value.Page("/countries/");
        Assert.That(Grouped(page), Has.Member(("Kenya", "Afrique", "Afrique de l’Est")));
        Assert.That(Grouped(page), Has.Member(("Peru", "Amériques", "Amérique du Sud")));
        Assert.That(page.QuerySelector("[data-term-filter] input")!.GetAttribute("placeholder"),
            Is.EqualTo("Filtrer les pays"));
    }
}
