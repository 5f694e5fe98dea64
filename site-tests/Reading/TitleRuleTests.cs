using SdgArchive.Diagnostics;
using SdgArchive.Model;
using SdgArchive.Reading;
using static SdgArchive.SiteTests.Reading.ReaderTestKit;

namespace SdgArchive.SiteTests.Reading;

/// <summary>Which title a document gets and how it is shown.</summary>
public class TitleRuleTests
{
    [Test]
    public void The_title_section_answer_wins_over_a_cut_off_heading_as_in_seed_000()
    {
        var title = ReadSeed("000").Title;
        Assert.That(title.Text, Is.EqualTo("Civic networks, crisis response and public service delivery during the COVID-19 pandemic"));
        Assert.That(title.Source, Is.EqualTo(TitleSource.TitleSection));
        Assert.That(title.SourceWasCutOff, Is.True, "the heading in the file was cut at …");
    }

    [Test]
    public void The_french_and_spanish_title_sections_count_too()
    {
        Assert.That(Read("# CUT…\n## Titre\n> Please provide a name.\n\nLe vrai titre\n").Title.Text, Is.EqualTo("Le vrai titre"));
        Assert.That(Read("# CUT…\n## Título\n> Nombre\n\nEl título real\n").Title.Text, Is.EqualTo("El título real"));
    }

    [Test]
    public void Without_a_title_section_the_heading_is_the_title_and_a_cut_is_marked()
    {
        var document = Read("# 1.No baseline data or repository exists at national level to map plastic wa…\n\nText\n");
        Assert.That(document.Title.Text, Does.EndWith("plastic wa…"));
        Assert.That(document.Title.Source, Is.EqualTo(TitleSource.Heading));
        Assert.That(document.Title.SourceWasCutOff, Is.True);
        Assert.That(document.Codes(), Does.Contain(DiagnosticCodes.TitleCutOff));
        Assert.That(Read("# … And if it was only a question?\n").Title.SourceWasCutOff, Is.False, "a leading ellipsis is not a cut");
    }

    [Test]
    public void An_empty_heading_takes_the_next_non_empty_line_even_a_short_one()
    {
        var document = Read("#\n\n![Missing alt text](a.png)\n\nBiogas\n\nThe plant turns waste into gas.\n");
        Assert.That(document.Title.Text, Is.EqualTo("Biogas"));
        Assert.That(document.Title.Source, Is.EqualTo(TitleSource.LineAfterEmptyHeading));
        Assert.That(document.Sections.SelectMany(s => s.Items).Select(i => i.Answer), Has.None.Contains("Biogas"), "the title line is not repeated in the body");
    }

    [Test]
    public void A_page_that_starts_with_tags_and_has_its_heading_later_gets_that_heading()
    {
        var document = Read("[[type:skills]]\n\n# Creativity\n\n## Overview\nText\n");
        Assert.That(document.Title.Text, Is.EqualTo("Creativity"));
    }

    [Test]
    public void A_hashtag_in_the_heading_is_kept()
    {
        Assert.That(Read("# #InnovationChallenge: Agroecology\n").Title.Text, Is.EqualTo("#InnovationChallenge: Agroecology"));
    }

    [TestCase("# Ian &amp; Jack allied Suppliers", "Ian & Jack allied Suppliers")]
    [TestCase("# R&amp;amp;D", "R&amp;D")]
    [TestCase("# Fish &lt;3 &amp; chips", "Fish <3 & chips")]
    public void Html_entities_in_titles_are_decoded_exactly_once(string heading, string title)
    {
        Assert.That(Read(heading + "\n").Title.Text, Is.EqualTo(title));
    }

    [TestCase("# Clean ‚Äì green", "Clean – green")]
    [TestCase("# ‚ÄúQuoted‚Äù title", "“Quoted” title")]
    [TestCase("# The city‚Äôs inhabitants", "The city’s inhabitants")]
    [TestCase("# Caf√© culture", "Café culture")]
    public void Mac_roman_mojibake_is_repaired(string heading, string title)
    {
        Assert.That(Read(heading + "\n").Title.Text, Is.EqualTo(title));
    }

    [TestCase("# «Économie» circulaire")]
    [TestCase("# —Ça marche")]
    [TestCase("# Санкт-Петербург")]
    [TestCase("# √2 ≈ 1.41 ¬ ƒ(x)")]
    [TestCase("# Ñandú, café, naïve, Übermaß")]
    public void Text_that_only_looks_like_mojibake_is_left_alone(string heading)
    {
        var document = Read(heading + "\n");
        Assert.That(document.Title.Text, Is.EqualTo(heading[2..]));
        Assert.That(document.Codes(), Does.Not.Contain(DiagnosticCodes.MojibakeRepaired));
    }

    [Test]
    public void Mojibake_in_the_body_is_repaired_and_reported_once()
    {
        var document = Read("# X\n\nBoard‚Äù (RMSB)\nthe city‚Äôs inhabitants\n");
        Assert.That(document.Body, Does.Contain("Board” (RMSB)").And.Contain("city’s"));
        Assert.That(document.Diagnostics.Where(d => d.Code == DiagnosticCodes.MojibakeRepaired).Select(d => d.Span.Line), Is.EqualTo(new[] { 3 }));
    }

    [TestCase("PEARL MEAT OYSTER FARM", "Pearl Meat Oyster Farm")]
    [TestCase("MOBILITE DES INNOVATIONS POUR LE PARTAGE", "Mobilite des Innovations pour le Partage")]
    [TestCase("EDU 1010 & ICT 1110 (UNZA REVISION APPS)", "Edu 1010 & ICT 1110 (Unza Revision Apps)")]
    [TestCase("SB GAS", "SB Gas")]
    [TestCase("HOT SPOTS for Innovative Ideas", "HOT SPOTS for Innovative Ideas")]
    [TestCase("eTrash2Cash", "eTrash2Cash")]
    public void All_capitals_titles_keep_their_text_and_get_a_readable_display_form(string heading, string display)
    {
        var title = Read($"# {heading}\n").Title;
        Assert.That(title.Text, Is.EqualTo(heading));
        Assert.That(title.Display, Is.EqualTo(display));
    }

    [Test]
    public void Seed_003_takes_its_title_from_its_content_not_from_the_form_prompt()
    {
        var document = ReadSeed("003");
        Assert.That(document.Title.Text, Does.Not.StartWith("Please"));
        Assert.That(document.Title.Text, Does.StartWith("Traditionally, the Bangladesh government"));
        Assert.That(document.Title.Source, Is.EqualTo(TitleSource.FirstLine));
        Assert.That(document.Title.Text.Length, Is.LessThanOrEqualTo(TitleResolver.MaxDerivedLength + 10));
        Assert.That(document.Diagnostics.Single(d => d.Code == DiagnosticCodes.TitleFromText).Severity, Is.EqualTo(Severity.Warning));
    }

    [Test]
    public void Plain_text_seeds_002_and_004_get_the_titles_a_person_would_give_them()
    {
        Assert.That(ReadSeed("002").Title.Display, Is.EqualTo("Building Capacities for Civic Engagement, Peacebuilding and Inclusive Dialogue"));
        Assert.That(ReadSeed("004").Title.Text, Does.StartWith("UNDP Cambodia Building Capacities for Civic Engagement"));
        Assert.That(ReadSeed("001").Title.Text, Is.EqualTo("From citizen participation to citizen action"));
    }

    [Test]
    public void A_long_first_line_without_a_short_sentence_is_cut_at_a_word_boundary_with_an_ellipsis()
    {
        var line = string.Join(' ', Enumerable.Repeat("participatory", 20));
        var title = Read(line + "\n").Title.Text;
        Assert.That(title.Length, Is.LessThanOrEqualTo(TitleResolver.MaxDerivedLength));
        Assert.That(title, Does.EndWith("participatory…"), "cut between words");
    }

    [Test]
    public void Prompts_of_the_form_are_skipped_when_looking_for_a_plain_text_title()
    {
        var document = Read("Please describe the overall objectives of the initiative (200 words maximum)\na. What are the overall objectives?\nSolar kiosks light up rural markets\n");
        Assert.That(document.Title.Text, Is.EqualTo("Solar kiosks light up rural markets"));
    }

    [Test]
    public void A_document_with_no_text_at_all_is_titled_by_its_file_name_with_a_warning()
    {
        var document = Read("[[type:blog]]\n", "solar_kiosk_markets.md");
        Assert.That(document.Title.Text, Is.EqualTo("solar kiosk markets"));
        Assert.That(document.Title.Source, Is.EqualTo(TitleSource.FileName));
        Assert.That(document.Codes(), Does.Contain(DiagnosticCodes.NoTitle));
    }
}
