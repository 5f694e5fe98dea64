using System.Net;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SdgArchive.Diagnostics;
using SdgArchive.Model;
using SdgArchive.Syntax;
using SdgArchive.Syntax.Form;
using SdgArchive.Syntax.Tags;
using SdgArchive.Syntax.Timestamps;
using SdgArchive.Fragments;

namespace SdgArchive.Reading;

/// <summary>
/// Projects an <see cref="ArchiveDocument"/> from the document's one syntax tree: tags from tag nodes, sections and
/// answers from the form's nodes (each answer rendered here, once), images and unclosed fences from their nodes, every
/// finding at the node's line and column.
/// </summary>
public static partial class DocumentProjection
{
    private static readonly HtmlFragmentSanitizer Sanitizer = new();

    public static ArchiveDocument Project(MarkdownDocument tree, string text, string path, string contentHash, List<Diagnostic> diagnostics)
    {
        var fields = new TagFields(path, diagnostics);
        var positions = new SourcePositions(text);
        var lines = text.Split('\n');
        var timestamps = new List<TimestampInline>();
        var images = new List<DocumentImage>();
        var capitals = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in tree.Descendants())
        {
            switch (node)
            {
                case TagBlock block:
                    foreach (var tag in block.Tags) AddTag(fields, tag, path, diagnostics);
                    Blank(lines, block.Line, text.AsSpan(block.Span.Start, Math.Max(0, block.Span.Length)).Count('\n'));
                    break;
                case TagInline inline:
                    AddTag(fields, inline.Tag, path, diagnostics);
                    break;
                case TimestampInline timestamp:
                    timestamps.Add(timestamp);
                    break;
                case ThematicBreakBlock { ThematicChar: '*', ThematicCharCount: >= 4 } filler:
                    Blank(lines, filler.Line, 0); // the export's empty "****": Markdown would draw a rule
                    break;
                case FencedCodeBlock { ClosingFencedCharCount: 0 } fence:
                    diagnostics.Add(new(new(path, fence.Line + 1, fence.Column + 1), Severity.Warning, DiagnosticCodes.UnclosedCodeFence,
                        "code fence is never closed: the rest of the document is shown as code"));
                    break;
                case LinkInline { IsImage: true } image:
                    images.Add(Image(AltText(image), image.Url ?? "", image.Line + 1, image.Column + 1));
                    break;
                case HtmlBlock html:
                    HtmlImages(html.Lines.ToString(), html.Line, html.Column, images);
                    break;
                case HtmlInline html:
                    HtmlImages(html.Tag ?? "", html.Line, html.Column, images);
                    break;
                case ParagraphBlock paragraph:
                    AddCapitals(paragraph, capitals);
                    break;
            }
        }

        // The story's audio file: timestamps in the transcript link to their moment in it.
        if (StoryAudio.File(fields.Values("audio")) is { } audio)
            foreach (var timestamp in timestamps) timestamp.AudioUrl = audio;

        UnclosedContainers.Report(tree, text, positions, path, diagnostics);
        var formSections = tree.OfType<FormSection>().ToList();
        var title = TitleResolver.Resolve(formSections, text, capitals, path, diagnostics);
        var sections = new List<Section>();
        var titleHeadingSeen = false;
        foreach (var formSection in formSections)
        {
            var heading = formSection.HeadingText;
            if (formSection.Heading is { Level: 1 } && !titleHeadingSeen)
            {
                titleHeadingSeen = true;
                heading = ""; // the first heading is the page's title: the text under it needs no heading of its own
            }
            var items = formSection.Items
                .Select(item => Item(item, text, title.TitleBlock, positions, path, diagnostics))
                .OfType<PromptAnswer>().ToList();
            if (items.Count == 0 && heading.Length == 0) continue;
            var range = RangeOf(formSection, positions);
            sections.Add(new Section(heading, formSection.Heading is null ? range.Line : formSection.Line + 1, items)
            {
                IsTitle = formSection == title.TitleSection,
                Range = range,
            });
        }

        var fileStem = Path.GetFileNameWithoutExtension(path);
        var document = new ArchiveDocument
        {
            SourcePath = path,
            Slug = Slugs.Create(title.Title.Text, fileStem, "doc"),
            Title = title.Title,
            Types = fields.Types,
            Year = fields.Year,
            Date = fields.Date,
            FocalPoint = fields.FocalPoint,
            Places = fields.Places,
            UnplacedPoints = fields.UnplacedPoints,
            Sdgs = fields.Sdgs,
            Methods = fields.Values("methods"),
            DataSources = fields.Values("datasources"),
            ThematicAreas = fields.Values("thematic_areas"),
            Tags = fields.All,
            Sections = sections,
            Body = string.Join('\n', lines),
            Images = images,
            Diagnostics = diagnostics,
            ContentHash = contentHash,
        };
        return document with { Pieces = TextPieces.Of(document) };
    }

    private static PromptAnswer? Item(
        FormItem item, string text, Block? titleBlock, SourcePositions positions, string path, List<Diagnostic> diagnostics)
    {
        var prompt = item.Prompt;
        var blocks = item.Answer.Where(b => !IsTitleLine(b, text, titleBlock)).ToList();
        if (prompt is null && blocks.Count == 0) return null;
        var typed = prompt?.TypedAnswer;
        var words = string.Join('\n', blocks.Select(InlineText.Lines).Prepend(typed ?? "").Where(t => t.Length > 0));
        var answered = typed is not null || (blocks.Count > 0 && !EmptyAnswers.SaysNothing(blocks, words, prompt is not null));
        var markdown = (typed is null ? "" : typed + "\n\n") + Source(blocks, text);
        var line = item.Line + 1;
        var answer = new PromptAnswer(prompt?.Question, markdown.Trim('\n', ' ', '\t'), line, item.Group) { Column = item.Column + 1, IsAnswered = answered, Text = words, Range = RangeOf(item, positions) };
        if (!answered) return answer;

        var findings = new List<RenderFinding>();
        var fragment = FragmentWriter.Write(blocks, ArchiveMarkdown.Documents, Sanitizer, 3, findings);
        foreach (var finding in findings)
            diagnostics.Add(new(new(path, finding.Line, finding.Column), Severity.Info, DiagnosticCodes.UnsafeHtmlRemoved,
                $"unsafe address \"{finding.Url}\" removed (only http, https, mailto and relative links are published)"));
        return answer with
        {
            Html = (typed is null ? "" : "<p>" + WebUtility.HtmlEncode(typed) + "</p>\n") + fragment.Html,
            PlaceholderAltTexts = fragment.PlaceholderAltTexts,
            UnsafeUrlsRemoved = fragment.UnsafeUrlsRemoved,
            Sanitized = fragment.Sanitized,
        };
    }

    /// <summary>The one-line paragraph an empty heading's title was taken from: the page shows it as the title.</summary>
    private static bool IsTitleLine(Block block, string text, Block? titleBlock) =>
        block == titleBlock && block is ParagraphBlock
        && text.AsSpan(block.Span.Start, Math.Max(0, block.Span.Length)).IndexOf('\n') < 0;

    /// <summary>From the first character of the block (or of its first child) to the last of its last child.</summary>
    private static SourceRange RangeOf(Block block, SourcePositions positions)
    {
        var (start, end) = RangeOffsets(block);
        if (start < 0) return default;
        var (line, column) = positions.At(start);
        var (endLine, endColumn) = positions.At(Math.Max(start, end));
        return new SourceRange(line, column, endLine, endColumn);
    }

    private static (int Start, int End) RangeOffsets(Block block)
    {
        var (start, end) = (block.Span.Start, block.Span.End);
        if (block is ContainerBlock container)
            foreach (var child in container.Where(c => c.Span.Start >= 0))
            {
                var inner = RangeOffsets(child);
                start = start < 0 ? inner.Start : Math.Min(start, inner.Start);
                end = Math.Max(end, inner.End);
            }
        return (start, end);
    }

    /// <summary>The source text of the blocks, as written, a blank line between blocks.</summary>
    private static string Source(IReadOnlyList<Block> blocks, string text) => string.Join("\n\n", blocks
        .Where(b => b.Span.Start >= 0 && b.Span.Start < text.Length)
        .Select(b => text[b.Span.Start..Math.Clamp(b.Span.End + 1, b.Span.Start, text.Length)].Trim('\n')));

    private static void AddTag(TagFields fields, TagSyntax tag, string path, List<Diagnostic> diagnostics)
    {
        if (!tag.Closed)
            diagnostics.Add(new(new(path, tag.Line, Math.Max(1, tag.Column - tag.Key.Length - 3)), Severity.Warning, DiagnosticCodes.UnclosedTag,
                $"tag \"[[{tag.Key}:\" has no closing \"]]\"; the rest of the line was taken as its value"));
        fields.Add(new RawTag(tag.Key, tag.Value, tag.Line, tag.Column));
    }

    /// <summary>Empties <paramref name="count"/> + 1 lines from <paramref name="first"/> (0-based): the body keeps its line numbers.</summary>
    private static void Blank(string[] lines, int first, int count)
    {
        for (var i = first; i <= first + count && i < lines.Length; i++) lines[i] = "";
    }

    private static string AltText(LinkInline image)
    {
        var parts = new List<string>();
        for (var child = image.FirstChild; child is not null; child = child.NextSibling) parts.Add(InlineText.Of(child));
        return TextRepair.Clean(string.Join("", parts));
    }

    private static DocumentImage Image(string alt, string src, int line, int column)
    {
        src = src.Trim();
        if (!src.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            return new DocumentImage(alt, src, null, 0, line, column);
        var end = src.IndexOfAny([';', ',']);
        var mediaType = end > 5 ? src[5..end].Trim().ToLowerInvariant() : "application/octet-stream";
        return new DocumentImage(alt, null, mediaType, src.Length, line, column);
    }

    private static void HtmlImages(string html, int line, int column, List<DocumentImage> images)
    {
        if (!html.Contains("<img", StringComparison.OrdinalIgnoreCase)) return;
        foreach (Match m in HtmlImage().Matches(html))
        {
            var alt = HtmlAlt().Match(m.Value);
            var before = html.AsSpan(0, m.Index);
            var newlines = before.Count('\n');
            var imageColumn = newlines == 0 ? column + m.Index + 1 : m.Index - before.LastIndexOf('\n');
            images.Add(Image(alt.Success ? TextRepair.Clean(alt.Groups["alt"].Value) : "", m.Groups["src"].Value, line + newlines + 1, imageColumn));
        }
    }

    /// <summary>Words in capitals inside text that is not itself all capitals: the document's acronyms (AGMRC, UNDP).</summary>
    private static void AddCapitals(ParagraphBlock paragraph, HashSet<string> capitals)
    {
        if (paragraph.Inline is null) return;
        var words = InlineText.Of(paragraph);
        if (!words.Any(char.IsLower)) return;
        foreach (Match m in CapitalWord().Matches(words)) capitals.Add(m.Value);
    }

    [GeneratedRegex(@"<img\b[^>]*?\bsrc\s*=\s*[""'](?<src>[^""']*)[""'][^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlImage();

    [GeneratedRegex(@"\balt\s*=\s*[""'](?<alt>[^""']*)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlAlt();

    [GeneratedRegex(@"\b\p{Lu}[\p{Lu}\d]+\b")]
    private static partial Regex CapitalWord();
}
