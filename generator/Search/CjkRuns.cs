using System.Text;

namespace SdgArchive.Search;

/// <summary>
/// Chinese and Japanese text inside a document in another language (the archive has English documents with Chinese
/// titles). Written without spaces, such a run is one "word" to an English index, so a word from it finds nothing;
/// pagefind_extended segments it only in a <c>zh</c> or <c>ja</c> index. So the runs go to that index, in a record of
/// their own, and leave the document's main record.
/// </summary>
public static class CjkRuns
{
    /// <summary>Whether <paramref name="c"/> is a Han ideograph or kana.</summary>
    public static bool IsCjk(char c) => IsHan(c) || IsKana(c);

    /// <summary>The runs of Chinese or Japanese characters in <paramref name="text"/>, one a line.</summary>
    public static string Of(string text)
    {
        var runs = new StringBuilder();
        var inRun = false;
        foreach (var c in text)
        {
            if (IsCjk(c)) { runs.Append(c); inRun = true; }
            else if (inRun) { runs.Append('\n'); inRun = false; }
        }
        return runs.ToString().TrimEnd('\n');
    }

    /// <summary><paramref name="text"/> with its Chinese and Japanese characters left out.</summary>
    public static string Without(string text) => string.Concat(text.Where(c => !IsCjk(c)));

    /// <summary><c>ja</c> when the runs hold kana (Japanese writes Han characters too), else <c>zh</c>.</summary>
    public static string LanguageOf(string runs) => runs.Any(IsKana) ? "ja" : "zh";

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';
    private static bool IsKana(char c) => c is >= '\u3040' and <= '\u30FF';
}
