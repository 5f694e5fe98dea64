namespace SdgArchive.SiteTests.Site;

/// <summary>What a reader sees on a document page built from the seeds.</summary>
public class DocumentPageTests
{
    private const string Seed001 = "/documents/from-citizen-participation-to-citizen-action/";
    private const string Seed000 = "/documents/civic-networks-crisis-response-and-public-service-delivery-during-the-covid-19/";

    [Test]
    public void Seed_page_shows_title_type_year_and_country_links()
    {
        var page = Sites.Seeds.Page(Seed001);
        Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo("From citizen participation to citizen action"));
        Assert.That(page.QuerySelector(".document-type")!.TextContent, Does.Contain("Learning plan").And.Contain("2023"));
        var peru = page.QuerySelectorAll(".facts a").FirstOrDefault(a => a.TextContent == "Peru");
        Assert.That(peru?.GetAttribute("href"), Is.EqualTo("/countries/peru/"));
        Assert.That(Sites.Seeds.Exists("/countries/peru/"), Is.True);
    }

    [Test]
    public void Sdg_badges_show_number_official_name_and_colour_with_readable_text()
    {
        var page = Sites.Seeds.Page(Seed001);
        var badges = page.QuerySelectorAll(".sdg-badges .sdg-badge");
        Assert.That(badges.Select(b => b.QuerySelector(".sdg-number")!.TextContent), Is.EqualTo(new[] { "13", "16", "17" }));
        Assert.That(badges[0].QuerySelector(".sdg-name")!.TextContent, Is.EqualTo("Climate action"));
        Assert.That(badges[0].GetAttribute("href"), Is.EqualTo("/sdgs/13-climate-action/"));
        var css = File.ReadAllText(Directory.EnumerateFiles(Path.Combine(Sites.Seeds.Output, "assets"), "site.*.css").Single());
        foreach (var goal in Model.SdgCatalog.Goals)
        {
            Assert.That(css, Does.Contain($".sdg-{goal.Number},a.sdg-{goal.Number}:visited{{background:{goal.Colour};color:{goal.TextColour}}}"), $"goal {goal.Number} colours");
            Assert.That(Model.ColourContrast.Ratio(goal.Colour, goal.TextColour), Is.GreaterThanOrEqualTo(4.5), $"goal {goal.Number} contrast");
        }
    }

    [Test]
    public void Prompts_are_questions_answers_follow_and_unanswered_prompts_are_not_shown()
    {
        var page = Sites.Seeds.Page(Seed000);
        var questions = page.QuerySelectorAll(".qa .question").Select(q => q.TextContent).ToList();
        Assert.That(questions, Has.Some.Contains("Challenge statement: What is your challenge?"));
        // Seed 000 leaves "Quantitative evidence" unanswered: the prompt must not appear.
        Assert.That(File.ReadAllText(Path.Combine(RepoPaths.Seeds, "000_2f330e263bebc975.txt")), Does.Contain("> Quantitative evidence"));
        Assert.That(questions, Has.None.Contains("Quantitative evidence"));
        var answer = page.QuerySelectorAll(".qa").First(q => q.QuerySelector(".question")!.TextContent.Contains("Challenge statement: What is your challenge?"));
        Assert.That(answer.QuerySelector(".answer")!.TextContent, Does.Contain("Our challenge is that given the COVID-19 pandemic"));
    }

    [Test]
    public void Title_section_is_the_title_not_a_body_section_and_cut_h1_is_not_repeated()
    {
        var page = Sites.Seeds.Page(Seed000);
        Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo("Civic networks, crisis response and public service delivery during the COVID-19 pandemic"));
        Assert.That(page.QuerySelectorAll(".document-body h2").Select(h => h.TextContent), Has.None.EqualTo("Title").And.None.Contains("COVI…"));
    }

    [Test]
    public void Table_of_contents_links_to_each_section_heading()
    {
        var page = Sites.Seeds.Page(Seed001);
        var links = page.QuerySelectorAll(".toc a").ToList();
        Assert.That(links.Select(a => a.TextContent), Does.Contain("Challenge statement").And.Contain("Learning questions"));
        foreach (var link in links)
            Assert.That(page.GetElementById(link.GetAttribute("href")!.TrimStart('#')), Is.Not.Null, link.GetAttribute("href"));
    }

    [Test]
    public void Headings_are_ordered_one_h1_then_h2_then_h3()
    {
        foreach (var file in Sites.Seeds.HtmlFiles.Where(f => f.Contains("/documents/")))
        {
            var page = Sites.Seeds.Page("/" + Path.GetRelativePath(Sites.Seeds.Output, file).Replace('\\', '/'));
            Assert.That(page.QuerySelectorAll("h1").Length, Is.EqualTo(1), file);
            var levels = page.QuerySelectorAll("h1,h2,h3,h4,h5,h6").Select(h => int.Parse(h.TagName[1..])).ToList();
            for (var i = 1; i < levels.Count; i++)
                Assert.That(levels[i], Is.LessThanOrEqualTo(levels[i - 1] + 1), $"{file}: heading level jumps from h{levels[i - 1]} to h{levels[i]}");
        }
    }

    [Test]
    public void Related_documents_share_tags_and_are_at_most_five()
    {
        var page = Sites.Seeds.Page(Seed001);
        var related = page.QuerySelectorAll("#related-title + .document-list h3 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.That(related, Is.Not.Empty.And.Count.LessThanOrEqualTo(5));
        Assert.That(related[0], Is.EqualTo(Seed000), "seed 000 shares methods and SDG 17 with seed 001");
        Assert.That(related, Has.None.EqualTo(Seed001));
    }

    [Test]
    public void Breadcrumbs_source_link_canonical_description_and_opengraph()
    {
        var page = Sites.Seeds.Page(Seed001);
        var crumbs = page.QuerySelectorAll(".breadcrumbs a").Select(a => a.TextContent).ToList();
        Assert.That(crumbs, Is.EqualTo(new[] { "Home", "Learning plan" }));
        Assert.That(page.QuerySelector(".source a")!.GetAttribute("href"), Does.EndWith("/seeds/001_88e232e2251c7424.txt"));
        Assert.That(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), Is.EqualTo("https://sdg-archive.netlify.app" + Seed001));
        var description = page.QuerySelector("meta[name=description]")!.GetAttribute("content")!;
        Assert.That(description.Length, Is.InRange(20, 160));
        Assert.That(description, Does.StartWith("Our challenge is to discover"), "the first real answer, not the form's \"Please note\" instruction");
        Assert.That(page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"), Is.EqualTo("From citizen participation to citizen action"));
        Assert.That(page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"), Is.EqualTo("article"));
    }

    [Test]
    public void Plain_text_documents_are_described_by_their_text_not_by_their_title_or_the_forms_questions()
    {
        var seed003 = Sites.Seeds.Page("/documents/traditionally-the-bangladesh-government-has-always-used-a-top-down-approach-in/");
        Assert.That(seed003.QuerySelector("meta[name=description]")!.GetAttribute("content"), Does.StartWith("Scarce resources were allocated"),
            "the title is the first sentence and the text opens with the prompt \"Please provide a brief summary…\"");
        var seed002 = Sites.Seeds.Page("/documents/building-capacities-for-civic-engagement-peacebuilding-and-inclusive-dialogue/");
        Assert.That(seed002.QuerySelector("meta[name=description]")!.GetAttribute("content"), Does.StartWith("Objective The overall objective"));
    }

    [Test]
    public void Focal_points_are_not_published_by_default()
    {
        foreach (var file in Sites.Seeds.HtmlFiles)
            Assert.That(File.ReadAllText(file), Does.Not.Contain("rungchavalnont").And.Not.Contain("olcese"), file);
        Assert.That(File.ReadAllText(Path.Combine(Sites.Seeds.Output, "api", "documents.json")), Does.Not.Contain("@undp.org"));
    }

    [Test]
    public void Masked_focal_point_policy_shows_only_first_and_last_letter()
    {
        var page = Sites.Fixtures.Page("/documents/script-alert-1-script/");
        var fact = page.QuerySelectorAll(".fact").First(f => f.QuerySelector("dt")!.TextContent == "Focal point");
        Assert.That(fact.QuerySelector("dd")!.TextContent, Is.EqualTo("p****t@undp.org"));
    }

    [Test]
    public void Placeholder_alt_text_is_not_read_aloud_and_images_load_lazily()
    {
        var page = Sites.Fixtures.Page("/documents/blog-with-images/");
        var images = page.QuerySelectorAll(".answer img").ToList();
        Assert.That(images, Has.Count.EqualTo(2));
        Assert.That(images[0].GetAttribute("alt"), Is.EqualTo(""));
        Assert.That(images[1].GetAttribute("alt"), Is.EqualTo("A described photo"));
        Assert.That(images.Select(i => i.GetAttribute("loading")), Is.All.EqualTo("lazy"));
        Assert.That(images.Select(i => i.GetAttribute("decoding")), Is.All.EqualTo("async"));
        Assert.That(Sites.Fixtures.Result.Diagnostics.Sorted().Any(d => d.Code == "SDG020" && d.Message.StartsWith("1 images")), Is.True, Sites.Fixtures.Diagnostics);
    }
}
