using System.Text.RegularExpressions;

namespace SdgArchive.Reading;

/// <summary>Recognises the archive's form questions in plain-text exports, where they are not marked with <c>&gt;</c>.</summary>
public static partial class FormPrompts
{
    public static bool IsPrompt(string line)
    {
        var text = line.Trim();
        if (text.StartsWith('>')) return true;
        return Instruction().IsMatch(text) || WordLimit().IsMatch(text) || text.EndsWith('?') || Lettered().IsMatch(text);
    }

    [GeneratedRegex(@"^(please|kindly|describe|explain|provide|list|indicate|briefly)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Instruction();

    [GeneratedRegex(@"\(\s*\d+\s*words?\s*(maximum|max)?\s*\)|words maximum", RegexOptions.IgnoreCase)]
    private static partial Regex WordLimit();

    [GeneratedRegex(@"^[a-h]\.\s+(what|how|why|which|who|please|describe)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Lettered();
}
