using SdgArchive.Diagnostics;
using SdgArchive.Map;
using SdgArchive.Model;

namespace SdgArchive.SiteTests.Map;

public class PointChecksTests
{
    private static PointChecks Checks => new(MapFixtures.Detailed);

    [Test]
    public void The_archives_fiji_centroid_in_the_coral_sea_is_reported_naming_document_and_country()
    {
        var bag = new DiagnosticBag();
        Checks.Check([Document("fiji.txt", "Ocean futures", "Fiji", "242", new GeoPoint(-17.44756195212767, 163.40786559316325))], bag);
        var warning = bag.Sorted().Single();
        Assert.That(warning.Code, Is.EqualTo("SDG050"));
        Assert.That(warning.Severity, Is.EqualTo(Severity.Warning));
        Assert.That(warning.ToString(), Does.StartWith("fiji.txt(3,1): warning SDG050:"));
        Assert.That(warning.Message, Does.Contain("Fiji").And.Contain("Ocean futures"));
    }

    [Test]
    public void Bangkok_and_thailands_centroid_are_not_reported()
    {
        var bag = new DiagnosticBag();
        Checks.Check([Document("th.txt", "Street food", "Thailand", "764", new GeoPoint(13.7563, 100.5018), new GeoPoint(15.114399804213997, 101.00333335534482))], bag);
        Assert.That(bag.Sorted(), Is.Empty);
    }

    [TestCase(13.7563, 100.5018, 0, TestName = "Bangkok is inside Thailand")]
    [TestCase(3.8277979287102446, 73.30227072154369, 100, TestName = "The Maldives centroid is near its atolls")]
    [TestCase(13.18105382678023, -59.56121774811805, 100, TestName = "Barbados is on the atlas")]
    public void Points_on_or_near_land_are_fine(double lat, double lng, double maxKm)
    {
        Assert.That(Checks.NearestCountry(new LonLat(lng, lat)).Km, Is.LessThanOrEqualTo(maxKm));
        Assert.That(Checks.IsLostAtSea(new LonLat(lng, lat)), Is.False);
    }

    [Test]
    public void Null_island_and_the_middle_of_the_pacific_are_lost_at_sea()
    {
        Assert.That(Checks.IsLostAtSea(new LonLat(0, 0)), Is.True);
        Assert.That(Checks.IsLostAtSea(new LonLat(-140, 0)), Is.True);
    }

    [Test]
    public void A_point_just_off_a_coast_counts_by_great_circle_distance()
    {
        // ~50 km west of Lima's coast vs ~300 km: the first is within tolerance, the second not.
        Assert.That(Checks.NearestCountry(new LonLat(-77.6, -12.05)).Km, Is.InRange(20, 90));
        Assert.That(Checks.IsLostAtSea(new LonLat(-80.0, -12.05)), Is.True);
    }

    [Test]
    public void Great_circle_distance_matches_a_known_figure()
    {
        // London–Paris is about 344 km.
        Assert.That(GreatCircle.DistanceKm(new LonLat(-0.1278, 51.5074), new LonLat(2.3522, 48.8566)), Is.EqualTo(344).Within(3));
        // Distance to an arc measured at its middle, not only its ends: 1° north of the middle of a 10°-long equator arc.
        Assert.That(GreatCircle.DistanceToArcKm(new LonLat(5, 1), new LonLat(0, 0), new LonLat(10, 0)), Is.EqualTo(GreatCircle.KmPerDegree).Within(1));
    }

    private static ArchiveDocument Document(string path, string title, string country, string iso, params GeoPoint[] points) => new()
    {
        SourcePath = path,
        Slug = Path.GetFileNameWithoutExtension(path),
        Title = new DocumentTitle(title, title, TitleSource.Heading, false),
        Types = ["solution"],
        Places = [new Place(country, new Country(country, iso), points, 3)],
        UnplacedPoints = [],
        Sdgs = [],
        Methods = [],
        DataSources = [],
        ThematicAreas = [],
        Tags = new Dictionary<string, IReadOnlyList<TagValue>>(),
        Sections = [],
        Body = "",
        Diagnostics = [],
        ContentHash = "",
    };
}
