using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SdgArchive.Map;

namespace SdgArchive.SiteTests.Map;

public class WorldMapSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XDocument Render(IReadOnlyList<MapLocation> locations, IReadOnlyList<MapCountry>? countries = null) =>
        XDocument.Parse(WorldMapSvg.Render(locations, countries ?? locations.Where(l => l.CountryIso != null).Select(MapFixtures.CountryOf).ToList(), MapFixtures.World));

    private static List<XElement> Markers(XDocument svg) =>
        svg.Descendants(Svg + "a").Where(a => (string?)a.Attribute("class") == "map-marker").ToList();

    [Test]
    public void One_linked_marker_per_location_named_with_its_count()
    {
        var svg = Render([MapFixtures.Thailand(12), MapFixtures.Peru(1)]);
        var markers = Markers(svg);
        Assert.That(markers, Has.Count.EqualTo(2));
        Assert.That(markers.Select(m => (string?)m.Attribute("aria-label")), Is.EqualTo(new[] { "Peru: 1 document", "Thailand: 12 documents" }));
        Assert.That(markers.Select(m => (string?)m.Attribute("href")), Is.EqualTo(new[] { "/countries/peru/", "/countries/thailand/" }));
    }

    [Test]
    public void Marker_area_grows_with_the_count()
    {
        var svg = Render([MapFixtures.Thailand(40), MapFixtures.Peru(10)]);
        var r = Markers(svg).ToDictionary(m => (string)m.Attribute("data-name")!,
            m => double.Parse((string)m.Element(Svg + "circle")!.Attribute("r")!, CultureInfo.InvariantCulture));
        Assert.That(r["Thailand"] * r["Thailand"] / (r["Peru"] * r["Peru"]), Is.EqualTo(4).Within(0.05));
    }

    [Test]
    public void Countries_with_documents_are_shaded_and_link_to_their_page()
    {
        var svg = Render([MapFixtures.Thailand(12)]);
        var country = svg.Descendants(Svg + "a").Single(a => (string?)a.Attribute("class") == "map-country");
        Assert.That((string?)country.Attribute("href"), Is.EqualTo("/countries/thailand/"));
        Assert.That((string?)country.Attribute("aria-label"), Is.EqualTo("Thailand: 12 documents"));
        Assert.That((string?)country.Element(Svg + "path")!.Attribute("class"), Is.EqualTo("c" + ChoroplethScale.ClassOf(12)));
        Assert.That(ChoroplethScale.ClassOf(12), Is.GreaterThan(ChoroplethScale.ClassOf(1)));
    }

    [Test]
    public void Fiji_is_drawn_where_it_is_not_smeared_across_the_world()
    {
        var fiji = new MapLocation("Fiji", "242", -17.8, 178.0, "/countries/fiji/", MapFixtures.Docs(3));
        var svg = Render([fiji]);
        var path = svg.Descendants(Svg + "a").Single(a => (string?)a.Attribute("data-iso") == "242").Element(Svg + "path")!;
        var subpaths = SubpathBoxes((string)path.Attribute("d")!);
        Assert.That(subpaths, Is.Not.Empty);
        // Fiji's islands lie at both edges of the map; no single outline may stretch across it.
        Assert.That(subpaths.Max(b => b.MaxX - b.MinX), Is.LessThan(20), "widest Fiji outline, in map units of 1000");
        Assert.That(subpaths.All(b => b.MinX > 950 || b.MaxX < 50), "every part of Fiji sits at an edge of the map");
    }

    [Test]
    public void Russia_is_split_at_the_antimeridian()
    {
        var russia = new MapLocation("Russia", "643", 61.5, 105.3, "/countries/russia/", MapFixtures.Docs(3));
        var path = Render([russia]).Descendants(Svg + "a").Single(a => (string?)a.Attribute("data-iso") == "643").Element(Svg + "path")!;
        var boxes = SubpathBoxes((string)path.Attribute("d")!);
        Assert.That(boxes.Max(b => b.MaxX - b.MinX), Is.LessThan(500), "no outline spans the whole map");
        Assert.That(boxes.Any(b => b.MaxX < 500), "Chukotka's tip shows up in the western half");
    }

    [Test]
    public void Untrusted_names_are_escaped()
    {
        var evil = new MapLocation("<script>alert(1)</script>\"", null, 1, 1, "/p/?a=1&b=\"2\"", MapFixtures.Docs(1));
        var text = WorldMapSvg.Render([evil], [], MapFixtures.World);
        Assert.That(text, Does.Not.Contain("<script>"));
        var marker = Markers(XDocument.Parse(text)).Single();
        Assert.That((string?)marker.Attribute("href"), Is.EqualTo("/p/?a=1&b=\"2\""));
        Assert.That((string?)marker.Attribute("aria-label"), Does.StartWith("<script>"));
    }

    [Test]
    public void Same_input_same_bytes_whatever_the_input_order()
    {
        var a = WorldMapSvg.Render([MapFixtures.Thailand(), MapFixtures.Peru()], [], MapFixtures.World);
        var b = WorldMapSvg.Render([MapFixtures.Peru(), MapFixtures.Thailand()], [], MapFixtures.World);
        Assert.That(a, Is.EqualTo(b));
    }

    [Test]
    public void Crowded_places_are_spread_so_no_two_markers_overlap_at_world_scale()
    {
        // Western Europe and the Caribbean: a dozen places within a few degrees of each other.
        var spots = new (string Name, double Lat, double Lng)[]
        {
            ("Belgium", 50.6, 4.6), ("Netherlands", 52.2, 5.5), ("Luxembourg", 49.8, 6.1), ("Germany", 51.1, 10.4),
            ("France", 46.6, 2.4), ("Switzerland", 46.8, 8.2), ("Barbados", 13.18, -59.56), ("Grenada", 12.1, -61.7),
            ("Saint Lucia", 13.9, -60.97), ("Trinidad and Tobago", 10.45, -61.3), ("Dominica", 15.4, -61.35), ("Saint Vincent", 13.25, -61.2),
        };
        var locations = spots.Select((s, i) => new MapLocation(s.Name, null, s.Lat, s.Lng, $"/p/{i}/", MapFixtures.Docs(1 + i * 7, i * 100))).ToList();
        var circles = Markers(XDocument.Parse(WorldMapSvg.Render(locations, [], MapFixtures.World)))
            .Select(m => m.Element(Svg + "circle")!)
            .Select(c => (X: D(c, "cx"), Y: D(c, "cy"), R: D(c, "r"))).ToList();
        for (var i = 0; i < circles.Count; i++)
            for (var j = i + 1; j < circles.Count; j++)
            {
                var d = Math.Sqrt(Math.Pow(circles[i].X - circles[j].X, 2) + Math.Pow(circles[i].Y - circles[j].Y, 2));
                Assert.That(d, Is.GreaterThanOrEqualTo(circles[i].R + circles[j].R - 0.05), $"markers {i} and {j} overlap");
            }
    }

    private static double D(XElement e, string attribute) => double.Parse((string)e.Attribute(attribute)!, CultureInfo.InvariantCulture);

    /// <summary>Bounding boxes of the subpaths of an SVG path written as "Mx y l dx dy … z".</summary>
    internal static List<(double MinX, double MinY, double MaxX, double MaxY)> SubpathBoxes(string d)
    {
        var boxes = new List<(double, double, double, double)>();
        foreach (Match sub in Regex.Matches(d, "M([^l]*)l([^z]*)z"))
        {
            var start = Numbers(sub.Groups[1].Value);
            double x = start[0], y = start[1], minX = x, maxX = x, minY = y, maxY = y;
            var rel = Numbers(sub.Groups[2].Value);
            for (var i = 0; i + 1 < rel.Count; i += 2)
            {
                x += rel[i]; y += rel[i + 1];
                minX = Math.Min(minX, x); maxX = Math.Max(maxX, x); minY = Math.Min(minY, y); maxY = Math.Max(maxY, y);
            }
            boxes.Add((minX, minY, maxX, maxY));
        }
        return boxes;
    }

    private static List<double> Numbers(string s) =>
        Regex.Matches(s, @"-?(\d+\.?\d*|\.\d+)").Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
}
