using SdgArchive.SiteTests.Languages;

namespace SdgArchive.SiteTests.Map;

/// <summary>The map's filters name types and goals as people do, in the interface language, never by key.</summary>
public class MapLanguageTests
{
    [TestCase("en", "Learning plan", "4 Quality education", "location uncertain")]
    [TestCase("fr", "Plan d'apprentissage", "4 Éducation de qualité", "emplacement incertain")]
    [TestCase("es", "Plan de aprendizaje", "4 Educación de calidad", "ubicación incierta")]
    public void Filters_show_type_and_goal_names_in_the_interface_language(string language, string learningPlan,
        string goalFour, string uncertain)
    {
        var page = InterfaceLanguageTests.SeedsIn(language).Page("/map/");
        var types = page.QuerySelectorAll("select[name=type] option").Skip(1)
            .Select(o => (Value: o.GetAttribute("value"), Text: o.TextContent)).ToList();
        Assert.That(types, Does.Contain(((string?)"learningplan", learningPlan)),
            "the URL keeps the key, the reader sees the name");
        Assert.That(types.Where(t => t.Text == t.Value), Is.Empty, "no option shows a raw key such as learningplan");
        var goals = page.QuerySelectorAll("select[name=sdg] option").Skip(1).ToList();
        Assert.That(goals, Has.Count.EqualTo(17));
        Assert.That(page.QuerySelector("select[name=sdg] option[value='4']")?.TextContent, Is.EqualTo(goalFour));
        // The script's words come from the page, in the same language.
        Assert.That(page.QuerySelector("#map-strings")?.TextContent, Does.Contain(uncertain));
    }
}
