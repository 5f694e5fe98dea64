using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FsCheck;
using FsCheck.Fluent;
using SdgArchive.Rendering;
using SdgArchive.Fragments;

namespace SdgArchive.SiteTests.Properties;

/// <summary>
/// Whatever Markdown and HTML a document holds, the rendered fragment contains only elements and attributes on the
/// sanitiser's allow-list, and no link or image address that could run script.
/// </summary>
public class RendererProperties
{
    private static readonly HtmlFragmentSanitizer Sanitizer = new();
    private static readonly MarkdownRenderer Renderer = new(Sanitizer, "/archive/");
    private static readonly HtmlParser Parser = new();

    private static readonly string[] DangerousTags =
        ["script", "svg", "math", "iframe", "object", "embed", "style", "link", "meta", "base", "form", "input", "button", "img", "a",
         "video", "audio", "source", "details", "template", "noscript", "xmp", "textarea", "title", "div", "p", "table", "td", "select", "frameset"];
    private static readonly string[] DangerousAttributes =
        ["onerror", "onload", "onclick", "onmouseover", "ontoggle", "onfocus", "style", "href", "src", "srcdoc", "srcset", "xlink:href",
         "formaction", "action", "data", "poster", "background", "dynsrc", "lowsrc", "autofocus", "open", "class", "id", "name", "http-equiv", "content"];
    private static readonly string[] DangerousValues =
        ["javascript:window.__pwned=1", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "&#106;avascript:alert(1)", " javascript:alert(1)",
         "data:text/html,<script>alert(1)</script>", "data:image/svg+xml,<svg onload=alert(1)>", "vbscript:msgbox(1)", "expression(alert(1))",
         "url(javascript:alert(1))", "x\" onerror=\"alert(1)", "x' onerror='alert(1)", "../../etc/passwd", "/etc/passwd", "file:///etc/passwd",
         "https://www.undp.org/", "#top", "0;url=javascript:alert(1)", "x.png 1x, javascript:alert(1) 2x"];

    private static Gen<string> HostileAttribute =>
        from name in Gen.Elements(DangerousAttributes)
        from value in Gen.Elements(DangerousValues)
        from quote in Gen.Elements("\"", "'", "")
        select $" {name}={quote}{value}{quote}";

    private static Gen<string> HostileElement =>
        from tag in Gen.Elements(DangerousTags)
        from count in Gen.Choose(0, 3)
        from attributes in HostileAttribute.ListOf(count)
        from inner in Gen.OneOf(Gen.Constant(""), DocumentGenerators.Fragment, Gen.Constant("<script>window.__pwned=1</script>"))
        from close in Gen.Elements(true, false)
        select $"<{tag}{string.Concat(attributes)}>{inner}" + (close ? $"</{tag}>" : "");

    private static Gen<string> HostileMarkdown =>
        from parts in Gen.Frequency((3, HostileElement), (2, DocumentGenerators.Line),
                (1, from v in Gen.Elements(DangerousValues) select $"[link]({v})"),
                (1, from v in Gen.Elements(DangerousValues) select $"![image]({v})"),
                (1, from v in Gen.Elements(DangerousValues) select $"<{v}>"))
            .ListOf()
        from separator in Gen.Elements("\n", "\n\n", " ", "")
        select string.Join(separator, parts);

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property Tag_soup_renders_inside_the_allow_list() =>
        Prop.ForAll(DocumentGenerators.Documents, markdown => Violations(markdown).Label(markdown));

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property Hostile_html_renders_inside_the_allow_list() =>
        Prop.ForAll(HostileMarkdown.ToArbitrary(), markdown => Violations(markdown).Label(markdown));

    /// <summary>The checker itself must see each kind of problem, or the properties above could pass on anything.</summary>
    [TestCase("<script>x</script>", "<script>")]
    [TestCase("<p onclick=\"x\">a</p>", "<p onclick>")]
    [TestCase("<p style=\"color:red\">a</p>", "<p style>")]
    [TestCase("<a href=\"java\tscript:alert(1)\">a</a>", "<a href=")]
    [TestCase("<a href=\" JavaScript:alert(1)\">a</a>", "<a href=")]
    [TestCase("<img src=\"data:image/svg+xml,x\">", "<img src=")]
    [TestCase("<img srcset=\"a.png 1x, javascript:x 2x\">", "<img srcset=")]
    public void The_checker_sees_forbidden_markup(string html, string expected) =>
        Assert.That(Problems(html), Has.Some.StartsWith(expected));

    [TestCase("<p><a href=\"https://www.undp.org/\">a</a> <a href=\"x#javascript:y\">b</a></p>")]
    [TestCase("<img src=\"data:image/png;base64,AAAA\" alt=\"\">")]
    [TestCase("<img srcset=\"java\tscript:x\">")]
    public void The_checker_accepts_safe_markup(string html) => Assert.That(Problems(html), Is.Empty);

    /// <summary>Markup Markdig writes by itself must pass the same checks (inline style is blocked by the CSP).</summary>
    [TestCase("- [ ] open task\n- [x] done task")]
    [TestCase("| a | b |\n|--:|:-:|\n| 1 | 2 |")]
    [TestCase("+---+-----+\n| a | b   |\n+===+=====+\n| 1 | 2   |\n+---+-----+")]
    [TestCase("Some text <select><xmp ></xmp><select>\nmore text")] // crashes AngleSharp's parser inside HtmlSanitizer
    public void Markdown_extras_render_inside_the_allow_list(string markdown)
    {
        var html = Renderer.Render(markdown).Html;
        Assert.That(Problems(html), Is.Empty, html);
        Assert.That(html, Does.Contain(markdown.Contains("task") ? "open task" : markdown.Contains("text") ? "more text" : "1"), "the text itself survives");
    }

    private static Property Violations(string markdown)
    {
        string html;
        try { html = Renderer.Render(markdown).Html; }
        catch (Exception ex) { return false.Label($"rendering threw {ex.GetType().Name}: {ex.Message}\nMARKDOWN<<{markdown}>>"); }
        var found = Problems(html).ToList();
        return (found.Count == 0).Label("outside the allow-list: " + string.Join("; ", found) + "\nHTML: " + html);
    }

    /// <summary>Elements and attributes the sanitiser would not allow, and addresses that could run script.</summary>
    public static IEnumerable<string> Problems(string html)
    {
        var document = Parser.ParseDocument("<!doctype html><html><head></head><body>" + html + "</body></html>");
        foreach (var element in document.Body!.Descendants<IElement>())
        {
            if (!Sanitizer.AllowedTags.Contains(element.LocalName)) yield return $"<{element.LocalName}>";
            foreach (var attribute in element.Attributes)
            {
                if (!Sanitizer.AllowedAttributes.Contains(attribute.Name)) yield return $"<{element.LocalName} {attribute.Name}>";
                if (UrlAttributes.Contains(attribute.Name) && AddressesIn(attribute.Name, attribute.Value).Any(RunsScript))
                    yield return $"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\">";
            }
        }
    }

    private static readonly HashSet<string> UrlAttributes = ["href", "src", "srcset", "action", "formaction", "xlink:href", "poster", "data", "background"];
    private static readonly string[] SafeDataPrefixes = ["data:image/png", "data:image/jpeg", "data:image/jpg", "data:image/gif", "data:image/webp"];

    /// <summary>The URLs a browser takes from the attribute: srcset is a comma list of "URL descriptor" candidates.</summary>
    private static IEnumerable<string> AddressesIn(string attribute, string value) => attribute != "srcset" ? [value]
        : value.Split(',').Select(candidate => candidate.Trim(' ', '\t', '\n', '\r', '\f').Split(' ', '\t', '\n', '\r', '\f')[0]);

    /// <summary>
    /// Whether a browser would treat the URL as script: it removes tabs and newlines anywhere and trims control
    /// characters and spaces, then reads the scheme before the first colon (a colon after / ? # is a relative path).
    /// </summary>
    private static bool RunsScript(string url)
    {
        var cleaned = new string(url.Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).Trim().Trim(Enumerable.Range(0, 32).Select(i => (char)i).ToArray()).ToLowerInvariant();
        var colon = cleaned.IndexOf(':');
        if (colon <= 0) return false;
        var scheme = cleaned[..colon];
        if (!char.IsAsciiLetter(scheme[0]) || scheme.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))) return false;
        return scheme is "javascript" or "vbscript" || (scheme == "data" && !SafeDataPrefixes.Any(cleaned.StartsWith));
    }
}
