using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace SdgArchive.SiteTests.Properties;

/// <summary>
/// Generators of archive-like text: lines of real syntax (tags, headings, prompts, fences, HTML) mixed with hostile
/// and malformed fragments, so random cases hit the reader's and renderer's edge cases far more often than plain noise.
/// </summary>
public static class DocumentGenerators
{
    private static readonly string[] Keys =
    [
        "type", "year", "date", "country", "latlng", "sdgs", "methods", "datasources", "thematic_areas", "focal_point",
        "gender", "consent", "source", "continent", "audio", "ai_summary", "Country", "x", "a b", "key-1",
    ];

    private static readonly string[] Fragments =
    [
        "", " ", "\t", "[[", "]]", "[[:", ":", "::", "]]]]", "[[[[", "\\", "&amp;", "&lt;script&gt;", "&#0;", "&#x110000;", "&#xD800;",
        "<script>window.__pwned=1</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>", "<div>", "</div>", "<p", "<!--", "-->", "<![CDATA[", "<style>", "expression(alert(1))",
        "url(javascript:alert(1))", "../../etc/passwd", "/etc/passwd", "..", ".", "%2e%2e/", "C:\\Windows", "NaN", "Infinity", "-Infinity",
        "1e308", "-0", "91,181", "0,0", "12.5,-7.25", "3. Good health and well-being", "17", "SDG 18", "2022", "0000", "99999999999",
        "Kenya", "Côte d'Ivoire", "Кыргызстан", "中国", "‮rtl", "\u200b", "\ufeff", "\u0000", "\u0007", "😀", "é", "ﬁ", "İ", "ß",
        "****", "…", "\"", "'", "`", "```", "~~~", "#", "##", ">", "- ", "1. ", "|a|b|", "![alt](x.png)", "[link](http://x)", "[a]: b",
        "<https://example.org>", "*", "_", "**bold", "\\[[escaped]]", "{{ title }}", "{% for %}", "%s%n", "$(rm -rf /)",
    ];

    public static Gen<string> Fragment { get; } = Gen.OneOf(
        Gen.Elements(Fragments),
        ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""),
        Gen.Elements(Keys));

    private static Gen<string> Words => Fragment.ListOf().Select(parts => string.Concat(parts));

    private static Gen<string> TagLine => Gen.OneOf(
        from key in Gen.Elements(Keys) from value in Words select $"[[{key}:{value}]]",
        from key in Gen.Elements(Keys) from value in Words select $"[[{key}:{value}",          // never closed
        from key in Gen.Elements(Keys) from a in Words from b in Words select $"[[{key}:{a}]][[{key}:{b}]]",
        from lat in Gen.Elements("NaN", "Infinity", "90.0001", "-90", "0", "45.5", "1e999", "", "abc")
        from lng in Gen.Elements("-Infinity", "180", "-180.5", "0", "", "12,3", "7")
        select $"[[latlng:{lat},{lng}]]");

    private static Gen<string> StructureLine => Gen.OneOf(
        Words.Select(w => "# " + w), Gen.Constant("#"), Words.Select(w => "## " + w), Gen.Constant("## Title"),
        Words.Select(w => "> " + w), Gen.Elements("```", "```python", "~~~", "````", "    code"),
        Gen.Elements("<div class=\"group\">", "</div>", "<details>", "<table><tr><td>", "<pre>", "</pre>"),
        Gen.Elements("- [ ] an open task", "- [x] a done task", "| a | b | c |", "|--:|:-:|:--|", "| 1 | 2 | 3 |", "+---+---+", "| x | y |"),
        Words.Select(w => $"![{w}]({w})"), Words.Select(w => $"[{w}]({w})"));

    public static Gen<string> Line { get; } = Gen.Frequency(
        (3, TagLine), (3, StructureLine), (4, Words));

    private static Gen<string> LineBreak => Gen.Elements("\n", "\n", "\n", "\r\n", "\r");

    /// <summary>A whole document: 0–60 lines of tag soup with mixed line endings.</summary>
    public static Gen<string> Document { get; } =
        from count in Gen.Choose(0, 60)
        from lines in Line.ListOf(count)
        from breaks in LineBreak.ListOf(count)
        select string.Concat(lines.Zip(breaks, (line, lineBreak) => line + lineBreak));

    /// <summary>Arbitrary bytes, often with a UTF-8 BOM or a valid-text prefix so decoding goes past the first check.</summary>
    public static Gen<byte[]> Bytes { get; } =
        from prefix in Gen.Elements(Array.Empty<byte>(), [0xEF, 0xBB, 0xBF], "# T\n[[year:2020]]\n"u8.ToArray())
        from body in ArbMap.Default.GeneratorFor<byte[]>()
        select prefix.Concat(body ?? []).ToArray();

    public static Arbitrary<string> Documents => Document.ToArbitrary();

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
