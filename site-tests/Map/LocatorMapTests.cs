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
}
