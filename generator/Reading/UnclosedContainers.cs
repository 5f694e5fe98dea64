using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SdgArchive.Diagnostics;
using SdgArchive.Syntax;

namespace SdgArchive.Reading;

/// <summary>
/// Raw HTML container elements left open (SDG023): the sanitiser closes them at the end of the fragment, swallowing
/// the text after them into one box. Found on the parsed tree, so only what Markdig reads as HTML counts: tags inside
/// code blocks, inline code or escaped text are not HTML and are never reported. Each is reported where it opens.
/// </summary>
public static partial class UnclosedContainers
{
    /// <summary>Raw HTML elements that wrap content, so leaving one open changes the page's structure.</summary>
    private static readonly HashSet<string> Containers = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "section", "article", "aside", "details", "blockquote", "table", "ul", "ol", "dl", "figure", "span", "center", "font",
    };

    public static void Report(Block tree, string text, SourcePositions positions, string path, List<Diagnostic> diagnostics)
    {
        // Each is listed up to a point, then counted: 5,000 `<div>` in a row printed 5,000 warnings.
        var unclosed = Find(tree, text);
        foreach (var open in unclosed.Take(MaxListed))
        {
            var (line, column) = positions.At(open.Offset);
            diagnostics.Add(new(new(path, line, column), Severity.Warning, DiagnosticCodes.UnclosedHtml,
                $"<{open.Name}> is never closed; the page closes it at the end of the text, so everything after it ends up inside it"));
        }
        if (unclosed.Count > MaxListed)
        {
            var next = unclosed[MaxListed];
            var (line, column) = positions.At(next.Offset);
            diagnostics.Add(new(new(path, line, column), Severity.Warning, DiagnosticCodes.UnclosedHtml,
                $"<{next.Name}> and {unclosed.Count - MaxListed - 1} more elements after it are never closed either (not listed one by one)"));
        }
    }

    private const int MaxListed = 10;

    private readonly record struct OpenElement(string Name, int Offset);

    /// <summary>The container elements of the tree's raw HTML (blocks and inline tags, in reading order) still open at the end.</summary>
    private static List<OpenElement> Find(Block tree, string text)
    {
        var open = new List<OpenElement>();
        foreach (var node in TreeWalk.SelfAndDescendants(tree))
        {
            var (html, start) = node switch
            {
                HtmlBlock block when block.Span.Start >= 0 => (Slice(text, block.Span), block.Span.Start),
                HtmlInline inline when inline.Span.Start >= 0 => (inline.Tag ?? "", inline.Span.Start),
                _ => ("", -1),
            };
            if (start < 0 || html.IndexOf('<') < 0) continue;
            foreach (Match tag in ContainerTag().Matches(html))
            {
                var name = tag.Groups["name"].Value.ToLowerInvariant();
                if (!Containers.Contains(name) || tag.Groups["self"].Success) continue;
                if (tag.Groups["close"].Success)
                {
                    var match = open.FindLastIndex(e => e.Name == name);
                    if (match >= 0) open.RemoveRange(match, open.Count - match); // closing an outer element closes the inner ones
                }
                else
                {
                    open.Add(new(name, start + tag.Index));
                }
            }
        }
        return open;
    }

    private static string Slice(string text, Markdig.Syntax.SourceSpan span) =>
        span.Start >= text.Length ? "" : text[span.Start..Math.Min(text.Length, span.End + 1)];

    // No '<' inside a tag: each match attempt stops at the next one, so 34,000 `<a ` in a row cost linear time, not
    // the 38 s of every attempt scanning to the end of the line.
    [GeneratedRegex(@"<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9]*)\b(?:[^<>""']|""[^<""]*""|'[^<']*')*?(?<self>/)?>")]
    private static partial Regex ContainerTag();
}
