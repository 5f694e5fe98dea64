using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SdgArchive.Reading;

/// <summary>
/// Answers that say nothing: only empty bullets (<c>- </c>), rules, "N/A"-like fillers, or the form's own text (a
/// section's bold introduction, "Please note: we ask you to only submit…"). Such an answer is left out with its question.
/// </summary>
public static partial class EmptyAnswers
{
    public static bool SaysNothing(IReadOnlyList<Block> blocks, string text, bool hasQuestion)
    {
        if (blocks.Any(HasImageOrTable)) return false;
        var words = text.Trim();
        if (words.Length == 0 || Filler().IsMatch(words)) return true;
        if (blocks.Count == 1 && blocks[0] is ParagraphBlock && FormNote().IsMatch(words)) return true; // the form's note, alone
        // Before any question, a paragraph all in bold is the form introducing its section.
        return !hasQuestion && blocks.Count == 1 && blocks[0] is ParagraphBlock { Inline: { } inline } && AllStrong(inline);
    }

    private static bool HasImageOrTable(Block block) =>
        block is Markdig.Extensions.Tables.Table || Syntax.TreeWalk.SelfAndDescendants(block).OfType<LinkInline>().Any(l => l.IsImage)
        || (block is HtmlBlock html && html.Lines.ToString().Contains("<img", StringComparison.OrdinalIgnoreCase));

    private static bool AllStrong(ContainerInline inline)
    {
        var strong = false;
        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is EmphasisInline { DelimiterCount: 2 }) strong = true;
            else if (child is not LiteralInline literal || !literal.Content.IsEmptyOrWhitespace()) return false;
        }
        return strong;
    }

    [GeneratedRegex(@"^[\s\-–—*_.…•·]*(n\s*/\s*a|n\.?\s?a\.?|n/d|nil|none|null|tbd|tbc|not applicable|no aplica|non applicable|sans objet|pas applicable|ninguno|ninguna|nada|aucun|aucune)?[\s\-–—*_.…•·]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Filler();

    [GeneratedRegex(@"^please note\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex FormNote();
}
