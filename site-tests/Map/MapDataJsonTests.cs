using System.Text.Json;
using SdgArchive.Map;

namespace SdgArchive.SiteTests.Map;

public class MapDataJsonTests
{
    [Test]
    public void Locations_list_their_documents_with_type_year_and_goal_masks()
    {
        var thailand = new MapLocation("Thailand", "764", 15, 101, "/c/th/",
            [new MapDocRef("A", "/d/a/", ["blog"], 2019, [5]), new MapDocRef("B", "/d/b/", ["solution", "blog"], 2022, [1, 17])]);
        using var json = JsonDocument.Parse(MapDataJson.Write([thailand], [MapFixtures.CountryOf(thailand)]));
        var root = json.RootElement;
        Assert.That(root.GetProperty("types").EnumerateArray().Select(t => t.GetString()), Is.EqualTo(new[] { "blog", "solution" }));
        Assert.That(root.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()), Is.EqualTo(new[] { 2019, 2022 }));
        var docs = root.GetProperty("docs").EnumerateArray().ToList();
        Assert.That(docs[1][0].GetInt32(), Is.EqualTo(0b11), "B is blog and solution");
        Assert.That(docs[1][2].GetInt32(), Is.EqualTo((1 << 1) | (1 << 17)));
        Assert.That(docs[0][3].GetString(), Is.EqualTo("A"));
        Assert.That(root.GetProperty("locs")[0].GetArrayLength(), Is.EqualTo(2));
        Assert.That(root.GetProperty("countries")[0].GetProperty("iso").GetString(), Is.EqualTo("764"));
    }

    [Test]
    public void A_title_cannot_close_the_data_script_block()
    {
        var doc = new MapDocRef("</script><script>alert(1)</script>", "/d/x/", ["blog"], 2020, []);
        var text = MapDataJson.Write([new MapLocation("X", null, 0, 0, "/x/", [doc])], []);
        Assert.That(text, Does.Not.Contain("<"));
        Assert.That(JsonDocument.Parse(text).RootElement.GetProperty("docs")[0][3].GetString(), Is.EqualTo(doc.Title));
    }
}
