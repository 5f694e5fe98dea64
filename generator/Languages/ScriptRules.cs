namespace SdgArchive.Languages;

/// <summary>
/// Languages told by their script alone, for the two the archive holds that Lingua has no model of: Khmer (its own
/// script) and Central Kurdish (Sorani), written in Arabic script with letters Arabic does not use.
/// </summary>
public static class ScriptRules
{
    /// <summary>The language the script decides, or null to ask the detector.</summary>
    public static string? Decide(string sample)
    {
        int letters = 0, khmer = 0, arabic = 0, sorani = 0;
        foreach (var c in sample)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c is >= '\u1780' and <= '\u17FF') khmer++;
            else if (c is >= '\u0600' and <= '\u06FF')
            {
                arabic++;
                if (IsSoraniLetter(c)) sorani++;
            }
        }
        if (letters == 0) return null;
        if (khmer * 2 > letters) return "km";
        // Sorani's ڕ ڵ ێ ۆ ە are frequent (ە is its usual vowel "e"): one in twenty Arabic-script letters, in any
        // sentence of some length; Arabic text has none of them.
        if (arabic * 2 > letters && sorani * 50 >= arabic) return "ckb";
        return null;
    }

    private static bool IsSoraniLetter(char c) => c is '\u0695' or '\u06B5' or '\u06CE' or '\u06C6' or '\u06D5';
}
