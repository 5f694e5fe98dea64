using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SdgArchive.Diagnostics;
using Markdig.Syntax;
using SdgArchive.Model;
using SdgArchive.Syntax.Form;

namespace SdgArchive.Reading;

/// <summary>
/// Picks a document's title, most trusted source first: the answer under <c>## Title</c>, the H1 (or the line after an
/// empty H1), the first meaningful non-prompt line of a plain-text document (or of a copied web page whose first
/// heading is its navigation), the file name. Works on the parsed tree's sections and the body's lines.
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

    /// <param name="sections">The document's form sections, in order.</param>
    /// <param name="lines">The body's lines (tags blanked), as written.</param>
    /// <param name="capitals">Words the document writes in capitals inside ordinary text: acronyms to keep in a re-cased title.</param>
    public static TitleChoice Resolve(IReadOnlyList<FormSection> sections, string[] lines, IReadOnlySet<string> capitals, string path, List<Diagnostic> diagnostics)
    {
        var h1 = sections.Select(s => s.Heading).FirstOrDefault(h => h is { Level: 1 });
        var h1Text = h1 is null ? null : HeadingText(lines, h1);
        var h1Line = h1 is null ? 0 : h1.Line + 1;
        var h1Source = TitleSource.Heading;
        var lineAfterHeading = 0;
        if (h1 is not null && h1Text!.Length == 0)
        {
            // An empty H1: its text is the next non-empty line (a short title too), skipping images and tags.
            h1Text = null;
            for (var j = h1.Line + 1; j < lines.Length; j++)
            {
                var next = TextRepair.CollapseWhitespace(StripMarkdown(lines[j]));
                if (next.Length == 0 || next.StartsWith("![", StringComparison.Ordinal) || next.StartsWith("[[", StringComparison.Ordinal)) continue;
                (h1Text, h1Line, h1Source, lineAfterHeading) = (next, j + 1, TitleSource.LineAfterEmptyHeading, j + 1);
                break;
            }
        }
        var isChrome = h1Text is not null && IsChrome(h1Text);
        var cutOff = h1Text is not null && !isChrome && (h1Text.EndsWith('…') || h1Text.EndsWith("...", StringComparison.Ordinal));

        var titleSection = sections.FirstOrDefault(s => TitleHeadings.Contains(s.HeadingText.Trim().TrimEnd(':').Trim()));
        if (titleSection is not null && TitleAnswer(titleSection, lines) is { } fromSection)
            return new(Make(fromSection.Text, TitleSource.TitleSection, cutOff, capitals, path, diagnostics, fromSection.Line), titleSection, 0);

        if (h1Text is not null && !isChrome)
        {
            if (cutOff)
                diagnostics.Add(new(new(path, h1Line, 1), Severity.Info, DiagnosticCodes.TitleCutOff, "the heading was cut off in the export (ends with \"…\") and no Title section gives the full title"));
            return new(Make(h1Text, h1Source, cutOff, capitals, path, diagnostics, h1Line), null, lineAfterHeading);
        }

        // No heading, or site chrome where the heading should be: the first real heading or sentence after it.
        for (var i = isChrome ? h1Line : 0; i < lines.Length; i++)
        {
            var candidate = Meaningful(lines[i]);
            if (candidate is null || IsChrome(candidate) || FormPrompts.IsPrompt(lines[i])) continue;
            var shortened = Shorten(candidate);
            var why = isChrome ? $"the first heading (\"{h1Text}\") is the navigation of a copied web page" : "no heading or Title section";
            diagnostics.Add(new(new(path, i + 1, 1), Severity.Warning, DiagnosticCodes.TitleFromText, $"{why}: the title \"{shortened}\" was taken from the text"));
            return new(Make(shortened, TitleSource.FirstLine, false, capitals, path, diagnostics, i + 1), null, 0);
        }

        var fileName = Path.GetFileNameWithoutExtension(path).Replace('_', ' ').Trim();
        diagnostics.Add(new(new(path, 0, 0), Severity.Warning, DiagnosticCodes.NoTitle, "no title found: the file name is used"));
        return new(Make(fileName.Length > 0 ? fileName : "Untitled document", TitleSource.FileName, false, capitals, path, diagnostics, 0), null, 0);
    }

    private static bool IsChrome(string text) => Chrome.Contains(text.Trim().TrimEnd('.', ':', '|', '»', '>', ' '));

    /// <summary>A heading's text as written: its line without the <c>#</c> marks.</summary>
    private static string HeadingText(string[] lines, HeadingBlock heading)
    {
        if (heading.Line >= lines.Length) return "";
        var line = lines[heading.Line].TrimStart();
        return line.TrimStart('#').Trim().TrimEnd('#').Trim();
    }

    /// <summary>
    /// The Title section's answer: the first answer block with text, its lines joined (a title that wraps is one
    /// title), its numbering kept.
    /// </summary>
    private static (string Text, int Line)? TitleAnswer(FormSection section, string[] lines)
    {
        foreach (var item in section.Items)
        {
            if (item.Prompt?.TypedAnswer is { } typed) return (typed, item.Line + 1);
            foreach (var block in item.Answer)
            {
                if (block is not (ParagraphBlock or ListBlock or HeadingBlock)) continue;
                var last = Math.Min(lines.Length - 1, block is ListBlock ? block.Line : LastLine(block, lines));
                var parts = new List<string>();
                for (var i = block.Line; i <= last; i++)
                {
                    var part = TextRepair.CollapseWhitespace(StripMarkdown(HtmlTag().Replace(lines[i], " ")));
                    if (part.Length > 0 && !part.StartsWith("![", StringComparison.Ordinal)) parts.Add(part);
                }
                if (parts.Count > 0) return (string.Join(' ', parts), block.Line + 1);
            }
        }
        return null;
    }

    private static int LastLine(Block block, string[] lines)
    {
        var line = block.Line;
        while (line + 1 < lines.Length && lines[line + 1].Trim().Length > 0 && !lines[line + 1].TrimStart().StartsWith('#')) line++;
        return line;
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

    private static DocumentTitle Make(string raw, TitleSource source, bool cutOff, IReadOnlySet<string> capitals, string path, List<Diagnostic> diagnostics, int line)
    {
        var text = TextRepair.Clean(StripMarkdown(raw), out var repaired);
        if (repaired)
            diagnostics.Add(new(new(path, line, 1), Severity.Info, DiagnosticCodes.MojibakeRepaired, "mis-encoded characters in the title were repaired"));
        text = Security.BidiControls.Remove(text, out var bidi).Trim();
        if (bidi > 0)
            diagnostics.Add(new(new(path, line, 1), Severity.Warning, DiagnosticCodes.BidiControlsRemoved, Security.BidiControls.Message("the title", bidi)));
        if (text.Length == 0) text = "Untitled document";
        return new DocumentTitle(text, DisplayForm(text, capitals), source, cutOff);
    }

    /// <summary>The line as plain text when it says something (three words or a dozen letters), else null.</summary>
    private static string? Meaningful(string line)
    {
        // Markup is dropped only when hunting for a title in running text; a heading keeps its literal text.
        var text = TextRepair.CollapseWhitespace(StripMarkdown(HtmlTag().Replace(line, " ")));
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

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"^\s*(?:#{1,6}(?:\s+|$)|>\s*|[-*+]\s+)*")]
    private static partial Regex LeadingMarkers();
}

/// <summary>
/// The title and what the body must not repeat: the Title section, or the line after an empty heading (1-based, 0 for none).
/// </summary>
public sealed record TitleChoice(DocumentTitle Title, FormSection? TitleSection, int LineAfterEmptyHeading);
