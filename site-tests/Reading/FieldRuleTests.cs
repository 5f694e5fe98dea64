using SdgArchive.Diagnostics;
using SdgArchive.Model;
using SdgArchive.Reading;
using static SdgArchive.SiteTests.Reading.ReaderTestKit;

namespace SdgArchive.SiteTests.Reading;

/// <summary>SDGs, years, dates, points and countries.</summary>
public class FieldRuleTests
{
    [TestCase("3", 3)]
    [TestCase("3. Good health and well-being", 3)]
    [TestCase("Goal 3", 3)]
    [TestCase("SDG 3", 3)]
    [TestCase("sdg3", 3)]
    [TestCase("10. Reduced innequalities", 10)]
    [TestCase("Reduced inequalities", 10)]
    [TestCase("17. Partnerships for the goals", 17)]
    public void Sdgs_map_to_the_official_goal_by_number(string value, int goal)
    {
        var document = Read($"# X\n[[sdgs:{value}]]\n");
        Assert.That(document.Sdgs, Is.EqualTo(new[] { goal }));
        Assert.That(SdgCatalog.Get(goal).Number, Is.EqualTo(goal));
    }

    [TestCase("18")]
    [TestCase("0")]
    [TestCase("Goal 42")]
    [TestCase("banana")]
    [TestCase("2030 Agenda")]
    public void Anything_else_in_sdgs_is_a_warning_at_its_line_and_column(string value)
    {
        var document = Read($"# X\n[[sdgs:{value}]]\n");
        Assert.That(document.Sdgs, Is.Empty);
        var warning = document.Diagnostics.Single(d => d.Code == DiagnosticCodes.UnknownSdg);
        Assert.That(warning.Span, Is.EqualTo(new SourceSpan("doc.md", 2, 8)));
        Assert.That(warning.Severity, Is.EqualTo(Severity.Warning));
    }

    [Test]
    public void The_same_goal_written_twice_counts_once()
    {
        Assert.That(Read("# X\n[[sdgs:3]]\n[[sdgs:3. Good health and well-being]]\n[[sdgs:Goal 5]]\n").Sdgs, Is.EqualTo(new[] { 3, 5 }));
    }

    [TestCase("2022", 2022)]
    [TestCase("1950", 1950)]
    [TestCase("2100", 2100)]
    public void A_four_digit_year_in_range_is_read(string value, int year) =>
        Assert.That(Read($"# X\n[[year:{value}]]\n").Year, Is.EqualTo(year));

    [TestCase("22")]
    [TestCase("20222")]
    [TestCase("1800")]
    [TestCase("3000")]
    [TestCase("twenty")]
    [TestCase("2O22")]
    public void Other_years_are_a_warning_and_no_year(string value)
    {
        var document = Read($"# X\n[[year:{value}]]\n");
        Assert.That(document.Year, Is.Null);
        Assert.That(document.Codes(), Does.Contain(DiagnosticCodes.BadYear));
    }

    [TestCase("2021-07-29T00:00:00.000Z", 2021, 7, 29)]
    [TestCase("2021-07-29", 2021, 7, 29)]
    [TestCase("2023-05-02T10:30:00Z", 2023, 5, 2)]
    public void Iso_dates_are_read(string value, int y, int m, int d)
    {
        var document = Read($"# X\n[[date:{value}]]\n");
        Assert.That(document.Date, Is.EqualTo(new DateOnly(y, m, d)));
        Assert.That(document.Codes(), Does.Not.Contain(DiagnosticCodes.BadDate));
    }

    [Test]
    public void A_written_out_date_is_read_with_a_note_and_nonsense_is_a_warning()
    {
        var spanish = Read("# X\n[[date:11 DE SEPTIEMBRE DE 2024]]\n");
        Assert.That(spanish.Date, Is.EqualTo(new DateOnly(2024, 9, 11)));
        Assert.That(spanish.Diagnostics.Single(d => d.Code == DiagnosticCodes.BadDate).Severity, Is.EqualTo(Severity.Info));
        Assert.That(Read("# X\n[[date:3 March 2021]]\n").Date, Is.EqualTo(new DateOnly(2021, 3, 3)));
        var nonsense = Read("# X\n[[date:29/02/2021]]\n");
        Assert.That(nonsense.Date, Is.Null);
        Assert.That(nonsense.Diagnostics.Single(d => d.Code == DiagnosticCodes.BadDate).Severity, Is.EqualTo(Severity.Warning));
        Assert.That(Read("# X\n[[date:31 FEBRERO 2024]]\n").Date, Is.Null);
    }

    [TestCase("91,0")]
    [TestCase("-90.5,10")]
    [TestCase("0,181")]
    [TestCase("0,-180.01")]
    [TestCase("abc,1")]
    [TestCase("12.5")]
    [TestCase("1,2,3")]
    [TestCase("NaN,1")]
    [TestCase("Infinity,0")]
    [TestCase("1e400,0")]
    public void A_bad_latlng_is_a_warning_at_its_line_and_column_and_only_the_point_is_dropped(string value)
    {
        var document = Read($"# X\n\n[[country:Peru]]\n  [[latlng:{value}]]\n[[latlng:-9.1,-74.3]]\n");
        Assert.That(document.Places.Single().Points, Is.EqualTo(new[] { new GeoPoint(-9.1, -74.3) }));
        var warning = document.Diagnostics.Single(d => d.Code == DiagnosticCodes.BadLatLng);
        Assert.That(warning.Span, Is.EqualTo(new SourceSpan("doc.md", 4, 12)));
        Assert.That(warning.ToString(), Does.StartWith("doc.md(4,12): warning SDG012: "));
    }

    [TestCase("90,180")]
    [TestCase("-90,-180")]
    [TestCase("0,0")]
    [TestCase(" 15.11 , 101.00 ")]
    public void Points_on_the_edges_of_the_ranges_are_kept(string value) =>
        Assert.That(Read($"# X\n[[country:Peru]]\n[[latlng:{value}]]\n").AllPoints.Count(), Is.EqualTo(1));

    [Test]
    public void Each_point_belongs_to_the_country_tag_it_follows()
    {
        var document = Read("# X\n[[country:Galápagos Province]]\n[[latlng:-0.55,-90.9]]\n[[country:Ecuador]]\n[[latlng:-1.45,-78.4]]\n[[country:Peru]]\n");
        Assert.That(document.Places.Select(p => (p.Name, p.Points.Count)), Is.EqualTo(new[] { ("Galápagos Province", 1), ("Ecuador", 1), ("Peru", 0) }));
        Assert.That(document.Places[0].Points.Single(), Is.EqualTo(new GeoPoint(-0.55, -90.9)));
        Assert.That(document.Places[1].Points.Single(), Is.EqualTo(new GeoPoint(-1.45, -78.4)));
    }

    [Test]
    public void A_country_named_again_takes_the_points_after_the_repeat_and_is_listed_once()
    {
        var document = Read("# X\n[[country:East Timor]]\n[[latlng:-8.79,125.93]]\n[[country:Peru]]\n[[latlng:-9.1,-74.3]]\n[[country:Timor-Leste]]\n[[latlng:-8.82,125.85]]\n[[country:East Timor]]\n[[latlng:-8.79,125.93]]\n");
        Assert.That(document.Places.Select(p => p.DisplayName), Is.EqualTo(new[] { "Timor-Leste", "Peru" }));
        Assert.That(document.Places[0].Points, Is.EqualTo(new[] { new GeoPoint(-8.79, 125.93), new GeoPoint(-8.82, 125.85) }));
        Assert.That(document.Places[1].Points, Is.EqualTo(new[] { new GeoPoint(-9.1, -74.3) }));
    }

    [Test]
    public void A_point_before_any_country_belongs_to_none_and_is_reported()
    {
        var document = Read("# X\n[[latlng:1,2]]\n[[country:Peru]]\n");
        Assert.That(document.UnplacedPoints, Is.EqualTo(new[] { new GeoPoint(1, 2) }));
        Assert.That(document.Places.Single().Points, Is.Empty);
        Assert.That(document.Codes(), Does.Contain(DiagnosticCodes.PointWithoutCountry));
    }

    [TestCase("East Timor", "Timor-Leste")]
    [TestCase("Timor Leste", "Timor-Leste")]
    [TestCase("Trinidad", "Trinidad and Tobago")]
    [TestCase("Ivory Coast", "Côte d'Ivoire")]
    [TestCase("Cote d'Ivoire", "Côte d'Ivoire")]
    [TestCase("Turkey", "Türkiye")]
    [TestCase("The Gambia", "Gambia")]
    [TestCase("Cape Verde", "Cabo Verde")]
    [TestCase("People's Republic of China", "China")]
    [TestCase("Democratic Republic of Congo", "Democratic Republic of the Congo")]
    [TestCase("United States of America", "United States")]
    [TestCase("PERU", "Peru")]
    public void Country_aliases_resolve_to_the_canonical_country(string written, string canonical)
    {
        var place = Read($"# X\n[[country:{written}]]\n").Places.Single();
        Assert.That(place.Name, Is.EqualTo(written), "the name as written is kept");
        Assert.That(place.Country?.Name, Is.EqualTo(canonical));
        Assert.That(place.Country!.IsoNumeric, Does.Match("^[0-9]{3}$"));
    }

    [TestCase("England")]
    [TestCase("Null Island")]
    [TestCase("Canary Islands")]
    [TestCase("Adjara")]
    [TestCase("Vojvodina")]
    [TestCase("Honshu")]
    [TestCase("Gaza Strip")]
    [TestCase("Antarctica")]
    [TestCase("Republika Srpska")]
    [TestCase("Kurdistan Region")]
    public void Places_that_are_not_countries_are_kept_as_written(string written)
    {
        var place = Read($"# X\n[[country:{written}]]\n[[latlng:1,1]]\n").Places.Single();
        Assert.That(place.Country, Is.Null);
        Assert.That(place.DisplayName, Is.EqualTo(written));
        Assert.That(place.Points, Has.Count.EqualTo(1));
    }

    [Test]
    public void Places_that_are_not_countries_are_listed_once_in_one_info_message_for_the_archive()
    {
        var folder = TempFolder.WithFiles("reader-places", new Dictionary<string, string>
        {
            ["a.md"] = "# A\n[[country:England]]\n[[country:Null Island]]\n",
            ["b.md"] = "# B\n[[country:England]]\n[[country:Peru]]\n",
        });
        var bag = new DiagnosticBag();
        ArchiveReader.ReadFolder(folder, bag, "src");
        var info = bag.Sorted().Single(d => d.Code == DiagnosticCodes.NotACountry);
        Assert.That(info.Severity, Is.EqualTo(Severity.Info));
        Assert.That(info.Message, Does.EndWith(": England, Null Island"));
        Assert.That(info.Message, Does.StartWith("2 places"));
    }
}
