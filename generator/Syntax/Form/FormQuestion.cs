using System.Text.RegularExpressions;

namespace SdgArchive.Syntax.Form;

/// <summary>
/// Tells the form's questions from the author's own quoted text, and finds an answer typed after a question mark.
/// A question asks (<c>?</c>), introduces (<c>:</c>), instructs (<c>Please…</c>, <c>(200 words maximum)</c>) or is a
/// short field label without a closing full stop (<c>Prepared by (Name of the experimenter)</c>); a quote that does
/// none of these and has no answer after it is a quotation.
/// </summary>
public static partial class FormQuestion
{
    private const int MaxLabelWords = 12;

    public static bool IsQuestion(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return false;
        if (trimmed.Contains('?') || trimmed.Contains('¿') || trimmed.EndsWith(':')) return true;
        if (Instruction().IsMatch(trimmed) || WordLimit().IsMatch(trimmed)) return true;
        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words <= MaxLabelWords && !".!\"”»'’…".Contains(trimmed[^1]);
    }

    /// <summary>
    /// The text after the question's last question mark when it is an answer: at least four words, not in brackets, not
    /// the form going on (<c>Please select all that apply</c>, <c>You can add text, a link…</c>, <c>IF… THEN…</c>).
    /// </summary>
    public static (string Question, string? Answer) SplitTypedAnswer(string text)
    {
        var mark = text.LastIndexOf('?');
        if (mark < 0 || mark == text.Length - 1) return (text, null);
        var rest = text[(mark + 1)..].Trim();
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 4 || rest[0] is '(' or '[' || FormContinues().IsMatch(rest)) return (text, null);
        return (text[..(mark + 1)].TrimEnd(), rest);
    }

    [GeneratedRegex(@"^(please|kindly|describe|explain|provide|list|indicate|briefly|select|choose|upload|insert|paste|state|name)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Instruction();

    [GeneratedRegex(@"\(\s*\d+\s*(words?|palabras|mots)\s*(maximum|max|máximo)?\s*\)|(words|palabras|mots) (maximum|máximo)", RegexOptions.IgnoreCase)]
    private static partial Regex WordLimit();

    [GeneratedRegex(@"^(please|kindly|you (can|may|might|should)|if\b|for (example|instance)|e\.?g\.?|i\.?e\.?|select|choose|max|maximum|describe|explain|provide|list|indicate|include|add|note|por favor|si\b|veuillez|merci|describa|explique|incluya|ex\.)", RegexOptions.IgnoreCase)]
    private static partial Regex FormContinues();
}
