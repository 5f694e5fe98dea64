using System.Xml.Linq;
using SdgArchive.Map;

namespace SdgArchive.SiteTests.Map;

public class LocatorMapTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Test]
    public void A_document_page_map_shows_its_point_inside_the_frame_and_stays_small()
    {
        var text = LocatorMap.Render([new MapPoint(15.11, 101.0, "Thailand")], "764", MapFixtures.World);
        var svg = XDocument.Parse(text);
        var circle = svg.Descendants(Svg + "circle").Single();
        Assert.That(double.Parse((string)circle.Attribute("cx")!), Is.InRange(0, 320));
        Assert.That(double.Parse((string)circle.Attribute("cy")!), Is.InRange(0, 200));
        Assert.That((string?)svg.Root!.Attribute("aria-label"), Is.EqualTo("Locator map: Thailand"));
        Assert.That(text.Length, Is.LessThan(12_000), "a locator map for one country stays a few KB");
    }

    [Test]
    public void A_country_page_map_highlights_the_country_and_frames_it()
    {
        var svg = XDocument.Parse(LocatorMap.Render([], "242", MapFixtures.World));
        var highlight = svg.Descendants(Svg + "path").Single(p => (string?)p.Attribute("fill") == "#1f66a8");
        var boxes = WorldMapSvgTests.SubpathBoxes((string)highlight.Attribute("d")!);
        Assert.That(boxes.Any(b => b.MinX >= 0 && b.MaxX <= 320 && b.MaxX - b.MinX > 20), "Viti Levu is framed and visible");
        Assert.That(boxes.Max(b => b.MaxX - b.MinX), Is.LessThanOrEqualTo(330), "no outline spans past the frame");
    }

    [Test]
    public void Nothing_to_locate_gives_nothing()
    {
        Assert.That(LocatorMap.Render([], null, MapFixtures.World), Is.Empty);
        Assert.That(LocatorMap.Render([], "999", MapFixtures.World), Is.Empty);
    }

    [Test]
    public void Every_country_is_drawn_the_same_from_its_projected_rings_as_projected_afresh()
    {
        // Locator backgrounds skip the rings whose box lies outside the view and clip only the rings that cross it;
        // the path must be what projecting and clipping every ring gives, for whole countries and for small views.
        var clip = (-4.0, -4.0, LocatorMap.Width + 4, LocatorMap.Height + 4);
        var skipped = 0;
        foreach (var country in MapFixtures.Detailed.Countries)
        {
            var main = country.MainBounds();
            var (lon, lat) = ((main.MinLon + main.MaxLon) / 2, (main.MinLat + main.MaxLat) / 2);
            GeoBounds[] views = [main, new(lon - 3, lat - 2, lon + 3, lat + 2), new(lon, lat, lon + 8, lat + 5)];
            foreach (var view in views)
            {
                var frame = MapFrame.Window(view, LocatorMap.Width, LocatorMap.Height);
                var inFrame = ProjectedRings.Of(country).InFrame(frame, clip).ToList();
                skipped += country.Rings.Count - inFrame.Count;
                Assert.That(SvgPathWriter.Write(inFrame, 0.6, 0, clip),
                    Is.EqualTo(SvgPathWriter.Write(country.Rings, frame, 0.6, 0, clip)), $"{country.Name} in {view}");
            }
        }
        Assert.That(skipped, Is.GreaterThan(0), "some rings lie outside some views");
    }

    [Test]
    public void A_ring_inside_the_frame_comes_through_the_clip_point_for_point()
    {
        var ring = new List<(double X, double Y)> { (10, 10), (300, 10), (300, 190), (160, 100), (10, 190) };
        var cut = PolygonClipper.Clip(ring, PolygonClipper.Axis.X, 0, keepAbove: true);
        cut = PolygonClipper.Clip(cut, PolygonClipper.Axis.X, 320, keepAbove: false);
        cut = PolygonClipper.Clip(cut, PolygonClipper.Axis.Y, 0, keepAbove: true);
        cut = PolygonClipper.Clip(cut, PolygonClipper.Axis.Y, 200, keepAbove: false);
        Assert.That(PolygonClipper.ClipToRect(ring, 0, 0, 320, 200), Is.EqualTo(cut));
        Assert.That(PolygonClipper.ClipToRect(ring, 0, 0, 200, 200), Is.Not.EqualTo(ring), "a ring crossing is cut");
    }
}
