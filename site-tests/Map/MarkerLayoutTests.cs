using System.Diagnostics;
using SdgArchive.Map;

namespace SdgArchive.SiteTests.Map;

/// <summary>
/// The world map of an archive whose every document has its own point (jittered around its country's centroid, as in
/// the held-out corpus: ~7,000 distinct points at 10,000 documents) is laid out in a fraction of the 47 s of CPU the
/// all-pairs layout took, and crowded markers still end up apart.
/// </summary>
[TestFixture]
public sealed class MarkerLayoutTests
{
    private static List<MapLocation> Jittered(int centroids, int perCentroid)
    {
        var random = new Random(7);
        var locations = new List<MapLocation>();
        for (var c = 0; c < centroids; c++)
        {
            var (lat, lng) = (random.NextDouble() * 120 - 55, random.NextDouble() * 340 - 170);
            for (var p = 0; p < perCentroid; p++)
                locations.Add(new MapLocation($"Place {c}-{p}", null, lat + random.NextDouble() * 2 - 1, lng + random.NextDouble() * 2 - 1,
                    $"/p/{c}-{p}/", MapFixtures.Docs(1, locations.Count)));
        }
        return locations;
    }

    [Test]
    public void Seven_thousand_distinct_points_are_laid_out_in_seconds_not_minutes()
    {
        var locations = Jittered(140, 50);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var placements = MarkerLayout.Place(locations, MapFrame.World(1000));
        var spent = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        TestContext.Out.WriteLine($"7,000 markers: {spent.TotalSeconds:0.00} s CPU");
        Assert.That(placements, Has.Count.EqualTo(7_000));
        Assert.That(spent, Is.LessThan(TimeSpan.FromSeconds(6)), "the all-pairs layout took 47 s of CPU here (Debug build)");
    }

    [Test]
    public void Markers_crowded_around_the_same_centroids_end_up_apart()
    {
        var placements = MarkerLayout.Place(Jittered(40, 8), MapFrame.World(1000));
        for (var i = 0; i < placements.Count; i++)
            for (var j = i + 1; j < placements.Count; j++)
            {
                var (a, b) = (placements[i], placements[j]);
                var d = Math.Sqrt(Math.Pow(a.SpreadX - b.SpreadX, 2) + Math.Pow(a.SpreadY - b.SpreadY, 2));
                Assert.That(d, Is.GreaterThanOrEqualTo(a.Radius + b.Radius), $"markers {i} and {j} overlap");
            }
    }
}
