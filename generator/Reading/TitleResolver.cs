using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SdgArchive.Diagnostics;
using SdgArchive.Model;

namespace SdgArchive.Reading;

/// <summary>
/// Picks a document's title, most trusted source first: the answer under <c>## Title</c>, the H1 (or the line after an
/// empty H1), the first meaningful non-prompt line of a plain-text document, the file name.
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

    public static DocumentTitle Resolve(string[] bodyLines, IReadOnlyList<Section> sections, string path, List<Diagnostic> diagnostics)
    {
        var (h1, h1Line, h1Source) = FindHeading(bodyLines);
        var cutOff = h1 is not null && (h1.EndsWith('…') || h1.EndsWith("...", StringComparison.Ordinal));

        var fromSection = sections.FirstOrDefault(s => TitleHeadings.Contains(s.Heading.Trim().TrimEnd(':')))?
            .Items.Select(i => FirstTextLine(i.Answer)).FirstOrDefault(t => t is not null);
        if (fromSection is not null) return Make(fromSection, TitleSource.TitleSection, cutOff, path, diagnostics, h1Line);

        if (h1 is not null)
        {
            if (cutOff)
                diagnostics.Add(new(new(path, h1Line, 1), Severity.Info, DiagnosticCodes.TitleCutOff, "the heading was cut off in the export (ends with \"…\") and no Title section gives the full title"));
            return Make(h1, h1Source, cutOff, path, diagnostics, h1Line);
        }

        for (var i = 0; i < bodyLines.Length; i++)
        {
            var candidate = Meaningful(bodyLines[i]);
            if (candidate is null || FormPrompts.IsPrompt(bodyLines[i])) continue;
            var shortened = Shorten(candidate);
            diagnostics.Add(new(new(path, i + 1, 1), Severity.Warning, DiagnosticCodes.TitleFromText, $"no heading or Title section: the title \"{shortened}\" was taken from the text"));
            return Make(shortened, TitleSource.FirstLine, false, path, diagnostics, i + 1);
        }

        var fileName = Path.GetFileNameWithoutExtension(path).Replace('_', ' ').Trim();
        diagnostics.Add(new(new(path, 0, 0), Severity.Warning, DiagnosticCodes.NoTitle, "no title found: the file name is used"));
        return Make(fileName.Length > 0 ? fileName : "Untitled document", TitleSource.FileName, false, path, diagnostics, 0);
    }

    /// <summary>Readable form of an all-capitals title; other titles are shown as written.</summary>
    public static string DisplayForm(string title)
    {
        var letters = title.Where(char.IsLetter).ToList();
        if (letters.Count < 4 || letters.Any(char.IsLower) || !letters.Any(char.IsUpper)) return title;
        var words = title.ToLowerInvariant().Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (!word.Any(char.IsLetter) || word.Any(char.IsDigit)) { words[i] = word.ToUpperInvariant(); continue; }
            var bare = new string(word.Where(char.IsLetter).ToArray());
            if (Acronyms.Contains(bare) || (bare.Length is >= 2 and <= 4 && !bare.Any(c => "aeiouy".Contains(c))))
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

    private static DocumentTitle Make(string raw, TitleSource source, bool cutOff, string path, List<Diagnostic> diagnostics, int line)
    {
        var text = TextRepair.Clean(StripMarkdown(raw), out var repaired);
        if (repaired)
            diagnostics.Add(new(new(path, line, 1), Severity.Info, DiagnosticCodes.MojibakeRepaired, "mis-encoded characters in the title were repaired"));
        if (text.Length == 0) text = "Untitled document";
        return new DocumentTitle(text, DisplayForm(text), source, cutOff);
    }

    private static (string? Text, int Line, TitleSource Source) FindHeading(string[] lines)
    {
        var fence = new FenceTracker();
        for (var i = 0; i < lines.Length; i++)
        {
            if (fence.Update(lines[i]) || fence.Inside) continue;
            var match = HeadingOne().Match(lines[i]);
            if (!match.Success) continue;
            var text = match.Groups[1].Value.Trim().TrimEnd('#').Trim();
            if (text.Length > 0) return (text, i + 1, TitleSource.Heading);
            // An empty H1: its text is the next non-empty line (a short title too), skipping images.
            for (var j = i + 1; j < lines.Length; j++)
            {
                var next = TextRepair.CollapseWhitespace(StripMarkdown(lines[j]));
                if (next.Length == 0 || next.StartsWith("![", StringComparison.Ordinal) || next.StartsWith("[[", StringComparison.Ordinal)) continue;
                return (next, j + 1, TitleSource.LineAfterEmptyHeading);
            }
        }
        return (null, 0, TitleSource.Heading);
    }

    private static string? FirstTextLine(string markdown) =>
        markdown.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !l.StartsWith('>') && Meaningful(l) is not null) is { } line
            ? StripMarkdown(line) : null;

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

    [GeneratedRegex(@"^\s{0,3}#(?:\s+(.*)|\s*)$")]
    private static partial Regex HeadingOne();

    [GeneratedRegex(@"(?<=[a-z\p{Ll}\d)])[.!?](?=\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"^\s*(?:#{1,6}(?:\s+|$)|>\s*|[-*+]\s+|\d+[.)]\s+)*")]
    private static partial Regex LeadingMarkers();
}
