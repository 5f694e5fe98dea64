namespace SdgArchive.SiteTests.Site;

/// <summary>Document text is untrusted: it is shown, never executed.</summary>
public class SafetyTests
{
    private const string Hostile = "/documents/script-alert-1-script/";

    [Test]
    public void Hostile_title_is_shown_as_text()
    {
        var page = Sites.Fixtures.Page(Hostile);
        Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo("<script>alert(1)</script>"));
        Assert.That(page.Title, Does.StartWith("<script>alert(1)</script>"));
        Assert.That(page.QuerySelectorAll("script"), Is.Empty, "no script element at all on a document page");
    }

    [Test]
    public void Hostile_tag_values_are_escaped_in_links_and_listings()
    {
        var page = Sites.Fixtures.Page(Hostile);
        var method = page.QuerySelectorAll(".facts .tag").Select(a => a.TextContent).ToList();
        Assert.That(method, Does.Contain("<img src=x onerror=alert(1)>"));
        Assert.That(method, Does.Contain("\"><script>alert(2)</script>"));
        Assert.That(page.QuerySelectorAll("img[onerror], [onerror]"), Is.Empty);
        foreach (var file in Sites.Fixtures.HtmlFiles)
            Assert.That(File.ReadAllText(file), Does.Not.Contain("<script>alert").And.Not.Contain("<img src=x"), file);
    }

    [Test]
    public void Hostile_body_is_sanitised_but_structure_survives()
    {
        var page = Sites.Fixtures.Page(Hostile);
        var body = page.QuerySelector(".document-body")!;
        Assert.That(body.QuerySelectorAll("script, iframe, style"), Is.Empty);
        Assert.That(body.QuerySelectorAll("[onclick], [onerror]"), Is.Empty);
        Assert.That(body.QuerySelectorAll("a").Select(a => a.GetAttribute("href") ?? ""), Has.None.StartWith("javascript:"));
        Assert.That(body.QuerySelector("div.group p")!.TextContent, Is.EqualTo("Grouped text survives."));
        Assert.That(body.QuerySelector("div.group img")!.GetAttribute("alt"), Is.EqualTo("A chart"));
        Assert.That(body.QuerySelector("table td em")!.TextContent, Is.EqualTo("yes"));
        Assert.That(body.TextContent, Does.Contain("Paragraph with a handler."));
    }

    [Test]
    public void Hostile_values_are_plain_strings_in_the_json_data()
    {
        using var json = System.Text.Json.JsonDocument.Parse(Sites.Fixtures.Text("/api/documents.json"));
        var hostile = json.RootElement.EnumerateArray().Single(d => d.GetProperty("slug").GetString() == "script-alert-1-script");
        Assert.That(hostile.GetProperty("title").GetString(), Is.EqualTo("<script>alert(1)</script>"));
        Assert.That(Sites.Fixtures.Text("/api/documents.json"), Does.Not.Contain("<script>"), "JSON escapes < so it is safe to inline");
    }
}
