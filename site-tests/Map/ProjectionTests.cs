using SdgArchive.Map;

namespace SdgArchive.SiteTests.Map;

public class ProjectionTests
{
    [Test]
    public void Origin_is_the_centre_and_the_world_is_about_twice_as_wide_as_tall()
    {
        var frame = MapFrame.World(1000);
        var (x, y) = frame.ToSvg(0, 0);
        Assert.That(x, Is.EqualTo(500).Within(1e-9));
        Assert.That(y, Is.EqualTo(frame.Height / 2).Within(0.1));
        Assert.That(1000 / frame.Height, Is.EqualTo(2.05).Within(0.02), "Equal Earth's aspect ratio");
    }

    [Test]
    public void North_is_up_east_is_right_and_the_edges_are_the_antimeridian()
    {
        var frame = MapFrame.World(1000);
        Assert.That(frame.ToSvg(0, 60).Y, Is.LessThan(frame.ToSvg(0, -60).Y));
        Assert.That(frame.ToSvg(100, 0).X, Is.GreaterThan(frame.ToSvg(-100, 0).X));
        Assert.That(frame.ToSvg(-180, 0).X, Is.EqualTo(0).Within(1e-9));
        Assert.That(frame.ToSvg(180, 0).X, Is.EqualTo(1000).Within(1e-9));
    }

    [Test]
    public void Equal_area_cells_at_the_equator_and_at_sixty_degrees()
    {
        double Area(double lat)
        {
            var frame = MapFrame.World(1000);
            var a = frame.ToSvg(0, lat); var b = frame.ToSvg(1, lat); var c = frame.ToSvg(0, lat + 1);
            return Math.Abs((b.X - a.X) * (c.Y - a.Y));
        }
        // A 1°×1° cell at 60° covers half the ground of one at the equator (cos 60°).
        Assert.That(Area(59.5) / Area(-0.5), Is.EqualTo(Math.Cos(60 * Math.PI / 180)).Within(0.02));
    }
}
