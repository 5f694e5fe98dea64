using System.Text.Json;
using SdgArchive.Diagnostics;
using SdgArchive.Model;
using SdgArchive.SiteTests.Support;
using static SdgArchive.SiteTests.Reading.ReaderTestKit;

namespace SdgArchive.SiteTests.Reading;

/// <summary>
/// No author text is dropped and nothing empty is shown: each rule on the real shared pages that show it (built into
/// a site and read back as HTML), or on a small document where the 400 pages have no example.
/// </summary>
public class FidelityRuleTests
{
    private static readonly string[] Pages =
    [
        "SolutionMappers_COD.md", "articulation_of_actors_in_the_route_of_formalization.md", "100__fish_use__japan_innovation_challenge_.md",
        "hybrid_plant___la_miel.md", "fuel_pallet.md", "mobilite_des_innovations_interlab_pour_le_partage_de_connaissance_et_bonnes_pratique.md",
    ];

    private static BuiltSite? _site;

    private static BuiltSite Site => _site ??= Build();

    private static BuiltSite Build()
    {
        var corpus = RepoPaths.RequireCorpus();
        var folder = TempFolder.Create("fidelity");
        foreach (var page in Pages) File.Copy(Path.Combine(corpus, page), Path.Combine(folder, page));
        return BuiltSite.Build(folder);
    }

    private static ArchiveDocument ReadCorpus(string name) => Read(File.ReadAllText(Path.Combine(RepoPaths.RequireCorpus(), name)), name);

    private static string PageOf(string name) => Site.Text($"/documents/{ReadCorpus(name).Slug}/");

    [Test]
    public void A_story_gets_its_audio_player_timestamps_that_seek_it_its_labelled_summary_and_its_element_keys_as_facts()
    {
        var document = ReadCorpus("SolutionMappers_COD.md");
        var page = Site.Page($"/documents/{document.Slug}/");
        var audio = page.QuerySelector("audio")!;
        Assert.That((audio.GetAttribute("controls"), audio.GetAttribute("preload")), Is.EqualTo(("", "none")));
        var file = document.TagValues("audio").Single();
        Assert.That(audio.GetAttribute("src"), Is.EqualTo(file));
        Assert.That(page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")), Does.Contain(file), "a link to the file itself");
        var stamps = page.QuerySelectorAll("a.timestamp").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.That(stamps, Does.Contain((file + "#t=537", "8:57")), "[[8:57]] seeks the recording, no script");
        Assert.That(stamps.Select(s => s.Item1!.Split('#')[0]).Distinct(), Is.EqualTo(new[] { file }), "every timestamp plays the player's file");
        Assert.That(stamps.Select(s => s.Item1!.Split('#')[1]), Has.All.Match("^t=[0-9]+$"), "a media fragment in seconds");
        Assert.That(page.QuerySelector(".document-body")!.TextContent, Does.Not.Contain("[["));
        Assert.That(page.QuerySelectorAll("script").Where(s => s.TextContent.Trim().Length > 0), Is.Empty);
        var summary = page.QuerySelector(".ai-summary")!.TextContent;
        Assert.That(summary, Does.Contain("Machine-generated").And.Contain("Boyen de Malamo project"));
        var facts = page.QuerySelectorAll(".fact").ToDictionary(f => f.QuerySelector("dt")!.TextContent, f => f.QuerySelector("dd")!.TextContent);
        Assert.That(facts["Principles"], Does.Contain("Trust").And.Contain("Recognize local expertise"));
        Assert.That(facts["Tactics"], Does.Contain("Getting in there").And.Contain("Proof of concept"));
        Assert.That(facts["Tools"], Does.Contain("GIS systems"));

        using var json = JsonDocument.Parse(File.ReadAllBytes(Site.FileOf("/api/documents.json")));
        var entry = json.RootElement.EnumerateArray().Single(e => e.GetProperty("slug").GetString() == document.Slug);
        Assert.That(entry.GetProperty("facts").GetProperty("principles").EnumerateArray().Select(v => v.GetString()), Does.Contain("Trust"));
        Assert.That(entry.GetProperty("facts").GetProperty("ai_summary").EnumerateArray().Single().GetString(), Does.StartWith("Olivier Bampendi"));
    }

    [TestCase("https://example.org/story.m4a", "https://example.org/story.m4a#t=62")]
    [TestCase("https://example.org/story.m4a#intro", "https://example.org/story.m4a#t=62")]
    [TestCase("recordings/story.m4a", null)]
    [TestCase("javascript:alert(1)", null)]
    public void A_timestamp_links_to_its_moment_of_the_story_audio_only_when_the_player_can_play_it(string audio, string? href)
    {
        var document = Read($"# Story\n[[type:story]]\n[[audio:{audio}]]\n\n[[1:02]] We started with the weavers.\n");
        var html = document.Sections.SelectMany(s => s.Items).Single().Html;
        if (href is null)
            Assert.That(html, Does.Contain("<time class=\"timestamp\" datetime=\"PT62S\">1:02</time>").And.Not.Contain("<a "),
                "no player (not a web address): the time is shown, not a link");
        else
            Assert.That(html, Does.Contain($"<a class=\"timestamp\" href=\"{href}\"><time datetime=\"PT62S\">1:02</time></a>"));
    }

    [Test]
    public void Answers_that_are_only_empty_bullets_or_the_forms_own_text_are_left_out_with_their_question()
    {
        var document = ReadCorpus("articulation_of_actors_in_the_route_of_formalization.md");
        var bullets = document.Sections.SelectMany(s => s.Items).Single(i => i.Prompt?.StartsWith("Please categorize the type", StringComparison.Ordinal) == true);
        Assert.That(bullets.IsAnswered, Is.False, "the answer is an empty bullet \"- \"");
        var page = PageOf("articulation_of_actors_in_the_route_of_formalization.md");
        Assert.That(page, Does.Not.Contain("Please categorize the type"));
        Assert.That(page, Does.Not.Contain("<li></li>"));
        Assert.That(page, Does.Not.Contain("This section is to explain the basics of the activity"), "the form's bold introduction");
        Assert.That(page, Does.Contain("If we articulate all the actors of the entrepreneurship ecosystem"), "real answers stay");

        var learningPlan = PageOf("100__fish_use__japan_innovation_challenge_.md");
        Assert.That(learningPlan, Does.Not.Contain("we ask you to only submit a maximum of 3 challenges"));
        Assert.That(learningPlan, Does.Not.Contain("Please provide a name for your action learning plan"), "the Title section is the title, not repeated");
    }

    [Test]
    public void The_line_after_a_question_is_its_answer_even_without_a_blank_line()
    {
        var item = ReadCorpus("hybrid_plant___la_miel.md").Sections.SelectMany(s => s.Items).Single(i => i.Prompt == "Please insert a link to the solution.");
        Assert.That((item.IsAnswered, item.Text), Is.EqualTo((true, "La Miel | Island Power (ipsa.energy)")));
        var filler = ReadCorpus("fuel_pallet.md").Sections.SelectMany(s => s.Items).Single(i => i.Prompt == "Please upload a link of end-user feedback");
        Assert.That(filler.IsAnswered, Is.False, "\"NA\" answers nothing");
        Assert.That(PageOf("hybrid_plant___la_miel.md"), Does.Contain("La Miel | Island Power"));
    }

    [Test]
    public void A_french_titre_section_is_the_title_and_is_not_repeated()
    {
        var document = ReadCorpus("mobilite_des_innovations_interlab_pour_le_partage_de_connaissance_et_bonnes_pratique.md");
        Assert.That(document.Title.Source, Is.EqualTo(TitleSource.TitleSection));
        Assert.That(document.Sections.Single(s => s.IsTitle).Heading, Is.EqualTo("Titre"));
        var page = Site.Page($"/documents/{document.Slug}/");
        Assert.That(page.QuerySelectorAll(".document-body h2").Select(h => h.TextContent), Has.None.EqualTo("Titre"));
    }

    [Test]
    public void A_heading_with_nothing_under_it_is_the_authors_text()
    {
        var document = Read("# Farming\n\n## Small-scale farmers sell at the market\n## Cooperatives share the trucks\n\n## Results\n\n> What happened?\n\nPrices rose.\n");
        Assert.That(document.Sections.Where(s => s.StandsAlone).Select(s => s.Heading),
            Is.EqualTo(new[] { "Small-scale farmers sell at the market", "Cooperatives share the trucks" }));
    }

    [Test]
    public void A_quote_that_is_not_a_question_of_the_form_is_a_quotation()
    {
        var document = Read("# Voices\n\n## Stories\n\n> We never had clean water in the village before the project came.\n\n## Next\n\n> Name of the experimental activity\n");
        var quotation = document.Sections.Single(s => s.Heading == "Stories").Items.Single();
        Assert.That((quotation.Prompt, quotation.IsAnswered), Is.EqualTo(((string?)null, true)));
        Assert.That(quotation.Html, Does.Contain("<blockquote>").And.Contain("We never had clean water"));
        var label = document.Sections.Single(s => s.Heading == "Next").Items.Single();
        Assert.That((label.Prompt, label.IsAnswered), Is.EqualTo(("Name of the experimental activity", false)), "a field label without an answer is an unanswered question");
    }

    [Test]
    public void Text_typed_after_the_questions_question_mark_is_its_answer()
    {
        var item = Read("# X\n## Progress\n\n> Did the challenge change? UPDATE: We had incorporated the feedback of the fishers.\n").Sections.Single().Items.Single();
        Assert.That((item.Prompt, item.IsAnswered), Is.EqualTo(("Did the challenge change?", true)));
        Assert.That(item.Html, Does.Contain("UPDATE: We had incorporated the feedback of the fishers."));
        var form = Read("# X\n## Design\n\n> What is your hypothesis? IF... THEN....\n\n> Which sector? Please select all that apply\n").Sections.Single().Items;
        Assert.That(form.Select(i => i.IsAnswered), Is.EqualTo(new[] { false, false }), "the form's own words after the question mark");
    }

    [Test]
    public void Titles_join_wrapped_lines_keep_their_numbering_skip_site_chrome_and_keep_acronyms()
    {
        Assert.That(Read("# Cut…\n## Title\n> Please provide a name.\n\nMobile clinics for\nremote islands\n").Title.Text, Is.EqualTo("Mobile clinics for remote islands"));
        Assert.That(Read("# 1. Green space matters\n").Title.Text, Is.EqualTo("1. Green space matters"));
        Assert.That(Read("# X…\n## Título\n> Nombre\n\n1. Espacios verdes\n").Title.Text, Is.EqualTo("1. Espacios verdes"));

        var scraped = Read("# Skip to main content\n\nHOME\n\nBLOG\n\n## Solar kiosks light up rural markets\n\nText of the article.\n");
        Assert.That(scraped.Title.Text, Is.EqualTo("Solar kiosks light up rural markets"));
        Assert.That(scraped.Diagnostics.Single(d => d.Code == DiagnosticCodes.TitleFromText).Span.Line, Is.EqualTo(7));
        Assert.That(Read("# Pasar al contenido principal\n\nEl barrio como fuente de innovación digital\n").Title.Text, Is.EqualTo("El barrio como fuente de innovación digital"));

        var capitals = Read("# AGMRC SUPPORTS VALUE ADDED AGRICULTURE\n\nThe AGMRC helps farmers.\n");
        Assert.That(capitals.Title.Display, Is.EqualTo("AGMRC Supports Value Added Agriculture"), "the document writes AGMRC in capitals in its text");
    }

    [Test]
    public void Links_without_a_scheme_and_bare_addresses_are_linked_and_e_mail_addresses_masked()
    {
        var html = Read("# X\n\nSee [www.x.tn](www.x.tn), www.undp.org and https://example.org/a. Write to jane.doe@example.org.\n")
            .Sections.Single().Items.Single().Html;
        var published = new SdgArchive.Fragments.MarkdownRenderer(new SdgArchive.Fragments.HtmlFragmentSanitizer(), "/").Publish(html);
        Assert.That(published, Does.Contain("href=\"https://www.x.tn\"").And.Contain("href=\"https://www.undp.org\"").And.Contain("href=\"https://example.org/a\""));
        Assert.That(published, Does.Contain("j****e@example.org").And.Not.Contain("jane.doe").And.Not.Contain("mailto:"));
        var shown = new SdgArchive.Fragments.MarkdownRenderer(new SdgArchive.Fragments.HtmlFragmentSanitizer(), "/", SdgArchive.Syntax.Emails.FocalPointPolicy.Shown).Publish(html);
        Assert.That(shown, Does.Contain("<a href=\"mailto:jane.doe@example.org\">jane.doe@example.org</a>"));
    }

    [Test]
    public void A_tag_value_split_by_a_bare_carriage_return_is_one_value_and_leaks_nothing()
    {
        var document = Read("# X\r[[ai_summary:The lab tested\rsolar kiosks.]]\r\rBody text.\r");
        Assert.That(document.TagValues("ai_summary"), Is.EqualTo(new[] { "The lab tested solar kiosks." }));
        Assert.That(document.Sections.SelectMany(s => s.Items).Select(i => i.Html), Has.None.Contains("]]"));
    }

    [Test]
    public void Unsafe_addresses_are_reported_at_their_line_and_column()
    {
        var document = Read("# X\n\nFirst line.\nA [bad link](javascript:alert(1)) here.\n");
        var finding = document.Diagnostics.Single(d => d.Code == DiagnosticCodes.UnsafeHtmlRemoved);
        Assert.That((finding.Span.Line, finding.Span.Column), Is.EqualTo((4, 3)));
    }
}
