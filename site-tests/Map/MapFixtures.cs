using SdgArchive.Map;

namespace SdgArchive.SiteTests.Map;

/// <summary>The real world-atlas files (an npm dependency: <c>npm ci</c> installs them) and small sample data.</summary>
internal static class MapFixtures
{
    public static WorldAtlas World => WorldAtlas.Load(Require(WorldAtlas.WorldFile));
    public static WorldAtlas Detailed => WorldAtlas.Load(Require(WorldAtlas.DetailedFile));

    private static string Require(string file) =>
        WorldAtlas.Locate(file, RepoPaths.Templates) ?? throw new AssertionException($"{file} not found in {RepoPaths.Root}: run `npm ci` in the project root");

    public static MapDocRef Doc(int n, string type = "solution", int? year = 2021, params int[] sdgs) =>
        new($"Document {n}", $"/documents/doc-{n}/", [type], year, sdgs);

    public static IReadOnlyList<MapDocRef> Docs(int count, int first = 0, string type = "solution", int year = 2021) =>
        Enumerable.Range(first, count).Select(i => Doc(i, type, year, 1 + i % 17)).ToList();

    public static MapLocation Thailand(int count = 12) =>
        new("Thailand", "764", 15.114399804213997, 101.00333335534482, "/countries/thailand/", Docs(count));

    public static MapLocation Peru(int count = 3) =>
        new("Peru", "604", -9.154388480752162, -74.37806457210715, "/countries/peru/", Docs(count, 1000, "blog", 2019));

    /// <summary>The archive's Fiji centroid: in the Coral Sea, west of New Caledonia.</summary>
    public static MapLocation FijiArchivePoint(int count = 28) =>
        new("Fiji", "242", -17.44756195212767, 163.40786559316325, "/countries/fiji/", Docs(count, 2000, "experiment", 2022));

    public static MapCountry CountryOf(MapLocation l) => new(l.CountryIso!, l.Name, l.Url, l.Documents);
}
