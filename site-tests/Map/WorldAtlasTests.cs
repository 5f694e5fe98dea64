using SdgArchive.Map;

namespace SdgArchive.SiteTests.Map;

public class WorldAtlasTests
{
    [Test]
    public void Loads_countries_keyed_by_zero_padded_iso_numeric_code()
    {
        var atlas = MapFixtures.World;
        Assert.That(atlas.Countries, Has.Count.GreaterThan(170));
        Assert.That(atlas.ByIso("242")?.Name, Is.EqualTo("Fiji"));
        Assert.That(atlas.ByIso("4")?.Name, Is.EqualTo("Afghanistan"), "short codes are padded");
        Assert.That(atlas.ByIso("764")?.Name, Is.EqualTo("Thailand"));
        Assert.That(atlas.ByName("Peru")?.Iso, Is.EqualTo("604"));
    }

    [TestCase("242")] // Fiji
    [TestCase("643")] // Russia
    [TestCase("010")] // Antarctica
    public void No_ring_jumps_across_the_antimeridian(string iso)
    {
        var shape = MapFixtures.World.ByIso(iso)!;
        foreach (var ring in shape.Rings)
        {
            Assert.That(ring.All(p => p.Lon is >= -180 and <= 180), $"{shape.Name}: longitude out of range");
            for (var i = 0; i < ring.Count; i++)
                if (Math.Abs(ring[i].Lat) < 90) // Antarctica's closing edge runs along the pole line, which is fine
                    Assert.That(Math.Abs(ring[i].Lon - ring[(i + 1) % ring.Count].Lon), Is.LessThan(180), $"{shape.Name}: edge spans the map");
        }
    }

    [Test]
    public void Points_inside_and_outside_countries_are_told_apart()
    {
        var atlas = MapFixtures.World;
        Assert.That(atlas.ByIso("764")!.Contains(new LonLat(100.5, 13.75)), Is.True, "Bangkok is in Thailand");
        Assert.That(atlas.ByIso("764")!.Contains(new LonLat(-74.4, -9.15)), Is.False);
        Assert.That(atlas.ByIso("242")!.Contains(new LonLat(178.0, -17.8)), Is.True, "Viti Levu is in Fiji");
    }
}
