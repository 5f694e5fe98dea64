using SdgArchive.Diagnostics;
using SdgArchive.Reading;
using static SdgArchive.SiteTests.Reading.ReaderTestKit;

namespace SdgArchive.SiteTests.Reading;

/// <summary>Where tags may stand, and how their values are cleaned.</summary>
public class TagRuleTests
{
    [Test]
    public void Tags_before_the_heading_and_between_heading_and_body_are_read_and_removed_from_the_body()
    {
        var document = Read("[[type:story]]\n[[continent:Africa]]\n\n# A story\n\n[[country:Peru]]\n[[latlng:-9.1,-74.3]]\n\nThe body [[not a tag]] says hello.\n");
        Assert.That(document.Types, Is.EqualTo(new[] { "story" }));
        Assert.That(document.TagValues("continent"), Is.EqualTo(new[] { "Africa" }));
        Assert.That(document.Places.Single().Name, Is.EqualTo("Peru"));
        Assert.That(document.Body, Does.Not.Contain("[[type").And.Not.Contain("[[country").And.Not.Contain("[[latlng"));
        Assert.That(document.Body, Does.Contain("The body [[not a tag]] says hello."), "text with brackets inside a paragraph is body text");
        Assert.That(document.Body.Split('\n')[8], Does.StartWith("The body"), "body line N is still source line N");
    }

    [Test]
    public void Tag_like_text_in_headings_and_code_fences_is_not_a_tag()
    {
        var document = Read("# Interview\n\n### [[0:01]] OK, Bonjour\n\n```\n[[type:blog]]\n```\n");
        Assert.That(document.Types, Is.Empty);
        Assert.That(document.Body, Does.Contain("[[0:01]]").And.Contain("[[type:blog]]"));
    }

    [Test]
    public void Every_key_is_kept_including_experiment_element_and_story_keys()
    {
        var document = Read("# X\n[[quality_check:The hypothesis is clearly stated]]\n[[sample_size:10-49]]\n[[principles:Trust]]\n[[tactics:Getting in there]]\n[[audio:https://example.org/a.m4a]]\n[[ai_summary:It worked. Then it scaled.]]\n");
        Assert.That(document.Tags.Keys, Is.SupersetOf(new[] { "quality_check", "sample_size", "principles", "tactics", "audio", "ai_summary" }));
        Assert.That(document.TagValues("ai_summary"), Is.EqualTo(new[] { "It worked. Then it scaled." }), "a summary keeps its closing full stop");
    }

    [TestCase("covid-19 , response", "covid-19, response")]
    [TestCase("green transition,", "green transition")]
    [TestCase("green transition.", "green transition")]
    [TestCase("green transition;", "green transition")]
    [TestCase("  public    services  ", "public services")]
    [TestCase("Visual Thinking & Mapping", "Visual Thinking & Mapping")]
    [TestCase("(Community) Asset Mapping", "(Community) Asset Mapping")]
    [TestCase("waste collectors' collective intelligence", "waste collectors' collective intelligence")]
    [TestCase("Artificial Intelligence/Machine Learning", "Artificial Intelligence/Machine Learning")]
    [TestCase("Co-creation", "Co-creation")]
    [TestCase("economía circular", "economía circular")]
    [TestCase("Санкт-Петербург", "Санкт-Петербург")]
    [TestCase("R&amp;D", "R&D")]
    public void Tag_values_are_cleaned_and_kept_whole(string written, string read)
    {
        var document = Read($"# X\n[[thematic_areas:{written}]]\n");
        Assert.That(document.ThematicAreas, Is.EqualTo(new[] { read }));
    }

    [Test]
    public void A_value_broken_over_two_lines_is_joined()
    {
        var document = Read("# X\n[[thematic_areas:climate\nadaptation]]\n[[methods:Foresight]]\n\nBody\n");
        Assert.That(document.ThematicAreas, Is.EqualTo(new[] { "climate adaptation" }));
        Assert.That(document.Methods, Is.EqualTo(new[] { "Foresight" }));
        Assert.That(document.Body, Does.Not.Contain("adaptation]]"));
    }

    [Test]
    public void A_tag_never_closed_is_read_to_the_end_of_its_line_with_a_warning()
    {
        var document = Read("# X\n[[methods:Foresight\n[[type:blog]]\n");
        Assert.That(document.Methods, Is.EqualTo(new[] { "Foresight" }));
        Assert.That(document.Types, Is.EqualTo(new[] { "blog" }));
        Assert.That(document.Diagnostics.Single(d => d.Code == DiagnosticCodes.UnclosedTag).Span, Is.EqualTo(new SourceSpan("doc.md", 2, 1)));
    }

    [Test]
    public void Repeats_inside_one_document_count_once_even_when_spelled_differently()
    {
        var document = Read("# X\n[[gender:Male]]\n[[gender:male]]\n[[gender:male.]]\n[[gender:Female]]\n[[principles:Trust]]\n[[principles:trust]]\n");
        Assert.That(document.TagValues("gender"), Is.EqualTo(new[] { "Male", "Female" }));
        Assert.That(document.TagValues("principles"), Is.EqualTo(new[] { "Trust" }));
    }

    [Test]
    public void An_empty_value_is_reported_and_dropped()
    {
        var document = Read("# X\n[[methods: ]]\n");
        Assert.That(document.Methods, Is.Empty);
        Assert.That(document.Codes(), Does.Contain(DiagnosticCodes.EmptyTagValue));
    }

    [Test]
    public void Term_identity_folds_case_punctuation_spacing_and_accents_only()
    {
        Assert.That(TermKey.Of("Male"), Is.EqualTo(TermKey.Of("male.")));
        Assert.That(TermKey.Of("covid-19 response"), Is.EqualTo(TermKey.Of("COVID 19 Response")));
        Assert.That(TermKey.Of("economía circular"), Is.EqualTo(TermKey.Of("economi\u0301a circular")), "precomposed and decomposed accents are one term");
        Assert.That(TermKey.Of("Male"), Is.Not.EqualTo(TermKey.Of("Female")));
        Assert.That(TermKey.Of("Санкт-Петербург"), Is.EqualTo("санктпетербург"));
    }

    [Test]
    public void The_display_name_of_a_term_is_its_most_frequent_spelling_across_the_archive()
    {
        var names = TermCatalog.DisplayNames(["male", "Male", "Male", "female", "Female"]);
        Assert.That(names[TermKey.Of("male")], Is.EqualTo("Male"));
        Assert.That(names.Count, Is.EqualTo(2));
    }

    [Test]
    public void Display_name_ties_are_broken_the_same_way_whatever_the_input_order()
    {
        string[] values = ["covid-19 response", "COVID-19 response", "Covid-19 Response"];
        var first = TermCatalog.DisplayNames(values)[TermKey.Of(values[0])];
        Assert.That(TermCatalog.DisplayNames(values.Reverse())[TermKey.Of(values[0])], Is.EqualTo(first));
        Assert.That(first, Is.EqualTo("COVID-19 response"), "ordinal order: capitals first");
    }

    [Test]
    public void Term_slugs_are_unique_readable_and_deterministic()
    {
        var names = TermCatalog.DisplayNames(["R&D", "R and D", "Économie circulaire", "Санкт-Петербург", new string('x', 300)]);
        var slugs = TermCatalog.Slugs(names);
        Assert.That(slugs.Values, Is.Unique);
        Assert.That(slugs[TermKey.Of("Économie circulaire")], Is.EqualTo("economie-circulaire"));
        Assert.That(slugs.Values.Where(s => s.StartsWith("r-and-d", StringComparison.Ordinal)).Order(), Is.EqualTo(new[] { "r-and-d", "r-and-d-2" }));
        Assert.That(slugs[TermKey.Of("Санкт-Петербург")], Does.Match("^term-[0-9a-f]{8}$"));
        Assert.That(slugs.Values.Max(s => s.Length), Is.LessThanOrEqualTo(Slugs.MaxLength));
        Assert.That(TermCatalog.Slugs(TermCatalog.DisplayNames(["R and D", "R&D"])), Is.EqualTo(TermCatalog.Slugs(TermCatalog.DisplayNames(["R&D", "R and D"]))));
    }
}
