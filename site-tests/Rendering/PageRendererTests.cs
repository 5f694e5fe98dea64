using AngleSharp.Html.Parser;
using Scriban.Runtime;
using SdgArchive.Diagnostics;
using SdgArchive.Rendering;
using SdgArchive.Rendering.Jobs;
using SdgArchive.Rendering.Views;
using SdgArchive.SiteTests.Support;

namespace SdgArchive.SiteTests.Rendering;

/// <summary>
/// The renderer turns a page job into HTML without an output folder: a listing page is checked here as a reader sees
/// it, and a template error comes back as the page's diagnostic instead of a file.
/// </summary>
[TestFixture]
public sealed class PageRendererTests
{
    private static readonly SiteView Site = new("Archive", "All the work", "en", "/archive/", "/archive/", "/archive/map/",
        "/archive/about/", "/archive/search/", "/archive/feed.xml", "/archive/documents.json", "/archive/locations.geojson",
        [new LinkView("Countries", "/archive/countries/", 2)], "/archive/assets/site.css", []);

    internal static TermPageJob Listing() => new("/archive/countries/peru/",
        new PageMeta("Peru", "2 documents of the archive tagged Peru.", "/archive/countries/peru/", "https://example.org/archive/countries/peru/",
            [new LinkView("Home", "/archive/"), new LinkView("Countries", "/archive/countries/")], Kind: "term"),
        new TermPageView("Countries", "/archive/countries/", "Peru", 2, 1, 1,
            [new DocumentSummaryView("Fishers & mangroves", "/archive/documents/fishers/", "Solution", "Peru", "2021", "Mapping with fishers."),
             new DocumentSummaryView("Water <kiosks>", "/archive/documents/kiosks/", "Experiment", "Peru", "2022", "Kiosks in Lima.")],
            [new PageLinkView("1", null, true)], null, null, null, ""));

    private static PageRenderer Renderer(string templates, DiagnosticBag parsing, ScriptObject? extra = null)
    {
        var functions = extra ?? new ScriptObject();
        functions.Import("asset", new Func<string, string>(name => "/archive/assets/" + name));
        // The interface's words (t, tn, t_date), in English from the templates' strings files.
        var strings = I18n.InterfaceStrings.Load(templates, "en", parsing);
        I18n.TranslateFunction.AddTo(functions, _ => strings, templates);
        return new PageRenderer(new TemplateEngine(templates, parsing, functions), Site);
    }

    [Test]
    public void A_listing_job_renders_to_a_page_with_its_documents_in_order_and_nothing_is_written()
    {
        var parsing = new DiagnosticBag();
        var page = Renderer(RepoPaths.Templates, parsing).Render(Listing());

        Assert.That(parsing.Sorted(), Is.Empty);
        Assert.That(page.Diagnostics, Is.Empty);
        Assert.That(page.File, Is.EqualTo("countries/peru/index.html"), "the file is relative to the site root, without the base path");
        var html = new HtmlParser().ParseDocument(page.Html!);
        Assert.That(html.QuerySelector("h1")?.TextContent.Trim(), Is.EqualTo("Peru"));
        var links = html.QuerySelectorAll("main a[href*='/documents/']").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.That(links, Is.EqualTo(new[] { ("Fishers & mangroves", "/archive/documents/fishers/"), ("Water <kiosks>", "/archive/documents/kiosks/") }));
    }

    [Test]
    public void A_template_error_comes_back_as_the_pages_diagnostic_with_its_position_and_no_html()
    {
        var templates = TempFolder.CopyOf(RepoPaths.Templates, "renderer-templates");
        var term = Path.Combine(templates, "pages", "term.sbn");
        File.WriteAllText(term, "{{ term.no_such_field }}\n" + File.ReadAllText(term));

        var page = Renderer(templates, new DiagnosticBag()).Render(Listing());

        Assert.That(page.Html, Is.Null);
        Assert.That(page.Diagnostics.Select(d => (d.Code, d.Span.Path, d.Span.Line)),
            Is.EqualTo(new[] { (DiagnosticCodes.TemplateError, Path.GetFileName(templates) + "/pages/term.sbn", 1) }));
    }

    [Test]
    public void A_documents_card_is_drawn_once_and_every_listing_that_shows_it_has_the_same_markup()
    {
        var templates = TempFolder.CopyOf(RepoPaths.Templates, "renderer-card-templates");
        var card = Path.Combine(templates, "partials", "document-card.sbn");
        File.WriteAllText(card, "{{ drawn }}" + File.ReadAllText(card));
        var drawn = 0;
        var functions = new ScriptObject();
        functions.Import("drawn", new Func<string>(() => { Interlocked.Increment(ref drawn); return ""; }));
        var renderer = Renderer(templates, new DiagnosticBag(), functions);

        var first = renderer.Render(Listing());
        var second = renderer.Render(Listing() with { Url = "/archive/countries/peru/page/2/" });

        Assert.That(drawn, Is.EqualTo(2), "two documents, two cards, however many listings show them");
        string Cards(RenderedPage page) => string.Join("\n",
            new HtmlParser().ParseDocument(page.Html!).QuerySelectorAll(".document-card").Select(c => c.OuterHtml));
        Assert.That(Cards(second), Is.EqualTo(Cards(first)).And.Contains("Water &lt;kiosks&gt;"));
    }

    [Test]
    public void A_card_template_that_reads_the_page_is_an_error_at_its_line_not_a_card_of_another_page()
    {
        var templates = TempFolder.CopyOf(RepoPaths.Templates, "renderer-card-page");
        var card = Path.Combine(templates, "partials", "document-card.sbn");
        File.WriteAllText(card, "{{ page.title }}\n" + File.ReadAllText(card));
        var parsing = new DiagnosticBag();

        var page = Renderer(templates, parsing).Render(Listing());

        // Reported by the page that shows the card (so a page reused from the last build reports it again).
        Assert.That(page.Diagnostics.Select(d => (d.Code, d.Span.Path, d.Span.Line)),
            Has.Member((DiagnosticCodes.TemplateError, Path.GetFileName(templates) + "/partials/document-card.sbn", 1)));
    }

    /// <summary>
    /// Partials render into outputs a page's context keeps (<see cref="PartialInclude"/>), nested ones each into its
    /// own: what each writes must land where it was included, with its arguments as <c>$</c>, page after page.
    /// </summary>
    [Test]
    public void Nested_includes_with_arguments_land_where_they_were_included_on_every_page()
    {
        var templates = TempFolder.CopyOf(RepoPaths.Templates, "renderer-include-templates");
        File.WriteAllText(Path.Combine(templates, "partials", "outer.sbn"),
            "<p class=\"outer\">[{{ $[1] }}|{{ include 'partials/inner.sbn' ($[1] + '!') }}|{{ $[1] }}]</p>");
        File.WriteAllText(Path.Combine(templates, "partials", "inner.sbn"), "<b>{{ $[1] }}</b>");
        var term = Path.Combine(templates, "pages", "term.sbn");
        // As a statement the markup is copied where it stands; as a value (assigned, piped, captured) it is a string.
        File.WriteAllText(term, "{{ include 'partials/outer.sbn' term.name }}{{ include 'partials/outer.sbn' 'two' }}"
            + "{{ y = include 'partials/inner.sbn' 'v' }}<p class=\"assigned\">{{ y | string.upcase }}</p>"
            + "{{ capture c }}{{ include 'partials/inner.sbn' 'cap' }}{{ end }}"
            + "<p class=\"captured\">{{ c | html.escape }}</p>"
            + "\n" + File.ReadAllText(term));
        var renderer = Renderer(templates, new DiagnosticBag());

        for (var i = 0; i < 3; i++)
        {
            var page = renderer.Render(Listing());
            Assert.That(page.Diagnostics, Is.Empty);
            var outer = new HtmlParser().ParseDocument(page.Html!).QuerySelectorAll("main p.outer")
                .Select(p => p.TextContent).ToList();
            Assert.That(outer, Is.EqualTo(new[] { "[Peru|Peru!|Peru]", "[two|two!|two]" }), $"render {i + 1}");
            var html = new HtmlParser().ParseDocument(page.Html!);
            Assert.That(html.QuerySelector("main p.assigned")?.InnerHtml, Is.EqualTo("<b>V</b>"));
            Assert.That(html.QuerySelector("main p.captured")?.TextContent, Is.EqualTo("<b>cap</b>"));
        }
    }

    [Test]
    public void A_partial_that_includes_itself_without_end_is_the_pages_error_and_the_next_page_renders()
    {
        var templates = TempFolder.CopyOf(RepoPaths.Templates, "renderer-recursive-templates");
        File.WriteAllText(Path.Combine(templates, "partials", "loop.sbn"), "x{{ include 'partials/loop.sbn' }}");
        var term = Path.Combine(templates, "pages", "term.sbn");
        var original = File.ReadAllText(term);
        File.WriteAllText(term, "{{ if term.name == 'Peru'; include 'partials/loop.sbn'; end }}\n" + original);
        var renderer = Renderer(templates, new DiagnosticBag());

        var failed = renderer.Render(Listing());
        Assert.That(failed.Html, Is.Null);
        Assert.That(failed.Diagnostics.Select(d => (d.Code, d.Span.Path)), Has.Member(
            (DiagnosticCodes.TemplateError, Path.GetFileName(templates) + "/partials/loop.sbn")));

        var other = Listing() with { Term = Listing().Term with { Name = "Chile" } };
        var page = renderer.Render(other);
        Assert.That(page.Diagnostics, Is.Empty);
        Assert.That(new HtmlParser().ParseDocument(page.Html!).QuerySelector("h1")?.TextContent.Trim(),
            Is.EqualTo("Chile"));
    }

    /// <summary>
    /// The layout's <c>content</c> is the page's markup kept in an output, not a string (<see cref="PageContent"/>):
    /// a layout that treats it as one (a filter, a comparison) must see the same text it writes.
    /// </summary>
    [Test]
    public void A_layout_can_use_the_pages_content_as_text()
    {
        var templates = TempFolder.CopyOf(RepoPaths.Templates, "renderer-layout-templates");
        var layout = Path.Combine(templates, "layouts", "base.sbn");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("{{ content }}",
            "{{ content }}<p id=\"size\">{{ content | string.size }}</p>" +
            "<p id=\"peru\">{{ content | string.contains 'Peru' }}</p><p id=\"empty\">{{ content == '' }}</p>",
            StringComparison.Ordinal));
        var page = Renderer(templates, new DiagnosticBag()).Render(Listing());
        Assert.That(page.Diagnostics, Is.Empty);
        var html = page.Html!;
        var main = html[(html.IndexOf("<main", StringComparison.Ordinal))..];
        var content = main[(main.IndexOf('>') + 2)..main.IndexOf("<p id=\"size\">", StringComparison.Ordinal)];
        var document = new HtmlParser().ParseDocument(html);
        Assert.That(document.QuerySelector("#size")?.TextContent, Is.EqualTo(content.Length.ToString(
            System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(document.QuerySelector("#peru")?.TextContent, Is.EqualTo("true"));
        Assert.That(document.QuerySelector("#empty")?.TextContent, Is.EqualTo("false"));
    }
}
