using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SdgArchive.Diagnostics;
using Markdig.Syntax;
using SdgArchive.Model;
using SdgArchive.Syntax;
using SdgArchive.Syntax.Form;
using SdgArchive.Syntax.Tags;

namespace SdgArchive.Reading;

/// <summary>
/// Picks a document's title, most trusted source first: the answer under <c>## Title</c>, the H1 (or the line after an
/// empty H1), the first meaningful non-prompt line of a plain-text document (or of a copied web page whose first
/// heading is its navigation), the file name. Works on the parsed tree alone: blocks, their text and their positions.
/// </summary>
public static partial class TitleResolver
{
    public const int MaxDerivedLength = 90;

    /// <summary>Names of the form's title section; the French and Spanish forms translate the heading.</summary>
    private static readonly HashSet<string> TitleHeadings = new(StringComparer.OrdinalIgnoreCase) { "Title", "Titre", "Título", "Titulo" };

    /// <summary>Short all-capitals words that are acronyms, kept in capitals by <see cref="DisplayForm"/>.</summary>
    private static readonly HashSet<string> Acronyms = new(StringComparer.OrdinalIgnoreCase)
    {
        "UNDP", "UN", "UNICEF", "SDG", "SDGS", "ICT", "IT", "AI", "IOT", "GIS", "NGO", "NGOS", "CSO", "CSOS", "SME", "SMES",
        "MSME", "MSMES", "COVID", "EU", "USA", "UK", "DRC", "PNUD", "ONU", "ODD", "ODS", "PWD", "PWDS", "LGBTQ", "LGBTI",
    };

    /// <summary>
    /// Site chrome that scraped web pages carry as their first heading or line; never a title. Compared without case
    /// or trailing punctuation.
    /// </summary>
    private static readonly HashSet<string> Chrome = new(StringComparer.OrdinalIgnoreCase)
    {
        "Skip to main content", "Skip to content", "Skip to navigation", "Pasar al contenido principal", "Saltar al contenido principal",
        "Ir al contenido principal", "Ir al contenido", "Aller au contenu principal", "Passer au contenu principal", "Aller au contenu",
        "Home", "Inicio", "Accueil", "Menu", "Main menu",
    };

    /// <param name="sections">The document's form sections, in order (the whole parsed tree).</param>
    /// <param name="capitals">
    /// Words the document writes in capitals inside ordinary text: acronyms to keep in a re-cased title.
    /// </param>
    /// <param name="text">The parsed text: a heading's title is its literal text, markup and all.</param>
    public static TitleChoice Resolve(IReadOnlyList<FormSection> sections, string text, IReadOnlySet<string> capitals,
        string path, List<Diagnostic> diagnostics)
    {
        var leaves = sections.SelectMany(s => TreeWalk.SelfAndDescendants(s)).OfType<LeafBlock>()
            .Where(b => b is not TagBlock).ToList();
        var h1 = sections.Select(s => s.Heading).FirstOrDefault(h => h is { Level: 1 });
        TextLine? h1Text = h1 is null ? null : HeadingLiteral(h1, text);
        var h1Source = TitleSource.Heading;
        var literal = true;
        Block? titleBlock = null;
        if (h1 is not null && h1Text is null)
        {
            // An empty H1: its text is the next block's first line (a short title too); images and tags have no text.
            var next = leaves.SkipWhile(b => b != h1).Skip(1).Select(b => (Block: b, Lines: LinesOf(b)))
                .FirstOrDefault(b => b.Lines.Count > 0);
            if (next.Block is not null)
                (h1Text, h1Source, titleBlock, literal) = (next.Lines[0], TitleSource.LineAfterEmptyHeading, next.Block, false);
        }
        var isChrome = h1Text is { } shown && IsChrome(shown.Text);
        var cutOff = h1Text is { } written && !isChrome
            && (written.Text.EndsWith('…') || written.Text.EndsWith("...", StringComparison.Ordinal));

        var titleSection = sections.FirstOrDefault(s => TitleHeadings.Contains(s.HeadingText.Trim().TrimEnd(':').Trim()));
        if (titleSection is not null && TitleAnswer(titleSection, text) is var (fromSection, sectionLiteral))
            return new(Make(fromSection, sectionLiteral, TitleSource.TitleSection, cutOff, capitals, path, diagnostics), titleSection, null);

        if (h1Text is { } heading && !isChrome)
        {
            if (cutOff)
                diagnostics.Add(new(new(path, heading.Line, heading.Column), Severity.Info, DiagnosticCodes.TitleCutOff,
                    "the heading was cut off in the export (ends with \"…\") and no Title section gives the full title"));
            return new(Make(heading, literal, h1Source, cutOff, capitals, path, diagnostics), null, titleBlock);
        }

        // No heading, or site chrome where the heading should be: the first real heading or sentence after it, never
        // one of the form's questions (quoted, or a question line of a plain-text export) nor code.
        var start = isChrome ? leaves.IndexOf(h1!) + 1 : 0;
        foreach (var block in leaves.Skip(start).Where(b => b is not CodeBlock && !InsideQuote(b)))
        {
            foreach (var line in LinesOf(block))
            {
                var candidate = Meaningful(line.Text);
                if (candidate is null || IsChrome(candidate) || FormPrompts.IsPrompt(line.Text)) continue;
                var shortened = Shorten(candidate);
                var why = isChrome
                    ? $"the first heading (\"{h1Text!.Value.Text}\") is the navigation of a copied web page"
                    : "no heading or Title section";
                diagnostics.Add(new(new(path, line.Line, line.Column), Severity.Warning, DiagnosticCodes.TitleFromText,
                    $"{why}: the title \"{shortened}\" was taken from the text"));
                var fromText = Make(line with { Text = shortened }, false, TitleSource.FirstLine, false, capitals, path, diagnostics);
                return new(fromText, null, null);
            }
        }

        var fileName = Path.GetFileNameWithoutExtension(path).Replace('_', ' ').Trim();
        // The file name stands for the whole file: reported at its start.
        diagnostics.Add(new(new(path, 1, 1), Severity.Warning, DiagnosticCodes.NoTitle, "no title found: the file name is used"));
        var named = new TextLine(fileName.Length > 0 ? fileName : "Untitled document", 0, 0);
        return new(Make(named, false, TitleSource.FileName, false, capitals, path, diagnostics), null, null);
    }

    private static bool IsChrome(string text) => Chrome.Contains(text.Trim().TrimEnd('.', ':', '|', '»', '>', ' '));

    private static bool InsideQuote(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
            if (parent is QuoteBlock or FormPrompt) return true;
        return false;
    }

    private static IReadOnlyList<TextLine> LinesOf(LeafBlock block) => block is HeadingBlock heading
        ? HeadingLine(heading) is { } line ? [line] : []
        : InlineText.LinesOf(block);

    /// <summary>
    /// A heading's literal text as written (HTML and entities too, so <c># &lt;script&gt;…</c> is a title that shows
    /// the tag as text), without its <c>#</c> marks and inline tags; null when it has none.
    /// </summary>
    private static TextLine? HeadingLiteral(HeadingBlock heading, string text)
    {
        var inlines = heading.Inline?.Descendants<Markdig.Syntax.Inlines.Inline>().Where(i => i.Span.Start >= 0).ToList() ?? [];
        if (inlines.Count == 0) return null;
        var (start, end) = (inlines.Min(i => i.Span.Start), Math.Min(text.Length - 1, inlines.Max(i => i.Span.End)));
        if (start > end) return null;
        var literal = new StringBuilder(text[start..(end + 1)]);
        foreach (var tag in inlines.OfType<TagInline>().OrderByDescending(t => t.Span.Start))
            literal.Remove(tag.Span.Start - start, Math.Min(tag.Span.Length, literal.Length - (tag.Span.Start - start)));
        var written = TextRepair.CollapseWhitespace(literal.ToString().Replace('\n', ' ')).TrimEnd('#').Trim();
        if (written.Length == 0) return null;
        var first = inlines.MinBy(i => i.Span.Start)!;
        return new TextLine(written, first.Line + 1, first.Column + 1);
    }

    /// <summary>A heading's text as a reader sees it, where it starts; null when it has none.</summary>
    private static TextLine? HeadingLine(HeadingBlock heading)
    {
        var text = InlineText.Of(heading).Trim().TrimEnd('#').Trim();
        if (text.Length == 0) return null;
        var first = InlineText.LinesOf(heading).FirstOrDefault();
        return first.Text is null ? new TextLine(text, heading.Line + 1, heading.Column + 1) : first with { Text = text };
    }

    /// <summary>
    /// The Title section's answer: the first answer block with text, its lines joined (a title that wraps is one
    /// title), its numbering kept (a list's first item, with its number).
    /// </summary>
    private static (TextLine Line, bool Literal)? TitleAnswer(FormSection section, string text)
    {
        foreach (var item in section.Items)
        {
            if (item.Prompt?.TypedAnswer is { } typed) return (new TextLine(typed, item.Line + 1, item.Column + 1), false);
            foreach (var block in item.Answer)
            {
                switch (block)
                {
                    case ParagraphBlock paragraph when InlineText.LinesOf(paragraph) is { Count: > 0 } lines:
                        return (lines[0] with { Text = string.Join(' ', lines.Select(l => l.Text)) }, false);
                    case HeadingBlock heading when HeadingLiteral(heading, text) is { } line:
                        return (line, true);
                    case ListBlock list when list.FirstOrDefault() is ListItemBlock first
                                             && first.OfType<LeafBlock>().FirstOrDefault() is { } leaf
                                             && InlineText.LinesOf(leaf) is { Count: > 0 } itemLines:
                        var number = list.IsOrdered ? $"{first.Order}{list.OrderedDelimiter} " : "";
                        return (itemLines[0] with { Text = number + itemLines[0].Text }, false);
                }
            }
        }
        return null;
    }

    /// <summary>Readable form of an all-capitals title; other titles are shown as written.</summary>
    public static string DisplayForm(string title, IReadOnlySet<string>? capitals = null)
    {
        var letters = title.Where(char.IsLetter).ToList();
        if (letters.Count < 4 || letters.Any(char.IsLower) || !letters.Any(char.IsUpper)) return title;
        var words = title.ToLowerInvariant().Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (!word.Any(char.IsLetter) || word.Any(char.IsDigit)) { words[i] = word.ToUpperInvariant(); continue; }
            var bare = new string(word.Where(char.IsLetter).ToArray());
            if (Acronyms.Contains(bare) || (capitals?.Contains(bare.ToUpperInvariant()) ?? false) || (bare.Length is >= 2 and <= 4 && !bare.Any(c => "aeiouy".Contains(c))))
            {
                words[i] = word.ToUpperInvariant(); // ICT, SB: acronyms read wrong in title case
                continue;
            }
            if (i > 0 && SmallWords.Contains(word.Trim(',', ':', ';'))) continue;
            var first = word.IndexOf(word.First(char.IsLetter));
            words[i] = word[..first] + char.ToUpperInvariant(word[first]) + word[(first + 1)..];
        }
        return string.Join(' ', words);
    }

    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with",
        "de", "des", "du", "la", "le", "les", "et", "pour", "en", "y", "el", "los", "las", "del", "e", "da", "do",
    };

    /// <param name="literal">True for text as written (a heading's): its entities are decoded here, once; the tree's
    /// text has them decoded already.</param>
    private static DocumentTitle Make(TextLine raw, bool literal, TitleSource source, bool cutOff, IReadOnlySet<string> capitals,
        string path, List<Diagnostic> diagnostics)
    {
        var text = TextRepair.Clean(StripMarkdown(raw.Text), out var repaired, decodeEntities: literal);
        if (repaired)
            diagnostics.Add(new(new(path, Math.Max(1, raw.Line), Math.Max(1, raw.Column)), Severity.Info,
                DiagnosticCodes.MojibakeRepaired, "mis-encoded characters in the title were repaired"));
        text = Security.BidiControls.Remove(text, out var bidi).Trim();
        if (bidi > 0)
            diagnostics.Add(new(new(path, Math.Max(1, raw.Line), Math.Max(1, raw.Column)), Severity.Warning,
                DiagnosticCodes.BidiControlsRemoved, Security.BidiControls.Message("the title", bidi)));
        if (text.Length == 0) text = "Untitled document";
        return new DocumentTitle(text, DisplayForm(text, capitals), source, cutOff) { Line = raw.Line, Column = raw.Column };
    }

    /// <summary>The line as plain text when it says something (three words or a dozen letters), else null.</summary>
    private static string? Meaningful(string line)
    {
        // Markup is dropped only when hunting for a title in running text; a heading keeps its literal text.
        var text = TextRepair.CollapseWhitespace(StripMarkdown(line));
        if (text.StartsWith("![", StringComparison.Ordinal) || text.StartsWith("[[", StringComparison.Ordinal)) return null;
        var letters = text.Count(char.IsLetter);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return letters >= 12 || (words >= 3 && letters >= 6) ? text : null;
    }

    private static string StripMarkdown(string line)
    {
        var text = LeadingMarkers().Replace(line, "");
        return text.Replace("**", "").Replace("__", "").Replace("\\", "").Trim();
    }

    /// <summary>
    /// A title from running text: its first sentence when that is short enough (a little over the limit reads better
    /// than a cut), else at most <see cref="MaxDerivedLength"/> characters cut at a word boundary with "…".
    /// </summary>
    public static string Shorten(string text)
    {
        var sentenceEnd = SentenceEnd().Match(text);
        if (sentenceEnd.Success && sentenceEnd.Index >= 20 && sentenceEnd.Index <= MaxDerivedLength + 10)
            return text[..sentenceEnd.Index];
        return TextShortening.AtWordBoundary(text, MaxDerivedLength);
    }


    [GeneratedRegex(@"(?<=[a-z\p{Ll}\d)])[.!?](?=\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^\s*(?:#{1,6}(?:\s+|$)|>\s*|[-*+]\s+)*")]
    private static partial Regex LeadingMarkers();
}

/// <summary>
/// The title and what the body must not repeat: the Title section, or the block after an empty heading the title was
/// taken from.
/// </summary>
public sealed record TitleChoice(DocumentTitle Title, FormSection? TitleSection, Block? TitleBlock);
