using System.Text;

namespace SdgArchive.Cards;

/// <summary>
/// Just enough Arabic text handling for a card without a shaping engine (SkiaSharp.HarfBuzz is not in the pinned stack):
/// letters become their joined presentation forms (Unicode block FE70–FEFF, which the shipped DejaVu Sans has),
/// and right-to-left lines are put in visual order, keeping numbers and Latin words left-to-right.
/// </summary>
public static class ArabicText
{
    // Letters U+0621–U+064A in order, with how many presentation forms each has from U+FE80 on:
    // 1 = no joining (hamza), 2 = joins only to the letter before (isolated, final), 4 = joins both sides.
    private static readonly Dictionary<char, (int First, int Forms)> Letters = BuildTable();

    private static Dictionary<char, (int, int)> BuildTable()
    {
        var forms = new Dictionary<char, int>();
        foreach (var c in "\u0621") forms[c] = 1;
        foreach (var c in "\u0622\u0623\u0624\u0625\u0627\u0629\u062F\u0630\u0631\u0632\u0648\u0649") forms[c] = 2;
        foreach (var c in "\u0626\u0628\u062A\u062B\u062C\u062D\u062E\u0633\u0634\u0635\u0636\u0637\u0638\u0639\u063A\u0641\u0642\u0643\u0644\u0645\u0646\u0647\u064A") forms[c] = 4;
        var table = new Dictionary<char, (int, int)>();
        var next = 0xFE80;
        foreach (var (letter, count) in forms.OrderBy(f => f.Key))
        {
            table[letter] = (next, count);
            next += count;
        }
        return table;
    }

    private static bool IsMark(char c) => c is >= '\u064B' and <= '\u065F' or '\u0670';
    private static bool JoinsForward(char c) => c == '\u0640' || (Letters.TryGetValue(c, out var l) && l.Forms == 4);
    private static bool JoinsBackward(char c) => c == '\u0640' || (Letters.TryGetValue(c, out var l) && l.Forms >= 2);
    public static bool IsRightToLeft(char c) => c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    /// <summary>Replaces Arabic letters by their contextual forms (and lam-alef ligatures); other text is unchanged.</summary>
    public static string Shape(string text)
    {
        if (!text.Any(c => Letters.ContainsKey(c))) return text;
        var shaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!Letters.TryGetValue(c, out var letter)) { shaped.Append(c); continue; }
            var previous = Neighbour(text, i, -1);
            var next = Neighbour(text, i, +1);
            var joinedBefore = previous is { } p && JoinsForward(text[p]);
            if (c == '\u0644' && next is { } n && LamAlef(text[n]) is { } ligature)
            {
                shaped.Append((char)(ligature + (joinedBefore ? 1 : 0)));
                shaped.Append(text, i + 1, n - i - 1); // marks between lam and alef
                i = n;
                continue;
            }
            var joinedAfter = letter.Forms == 4 && next is { } m && JoinsBackward(text[m]);
            var form = letter.Forms switch
            {
                1 => 0,
                2 => joinedBefore ? 1 : 0,
                _ => (joinedBefore, joinedAfter) switch { (false, false) => 0, (true, false) => 1, (false, true) => 2, _ => 3 },
            };
            shaped.Append((char)(letter.First + form));
        }
        return shaped.ToString();
    }

    /// <summary>The line in drawing order: for a line whose first strong letter is right-to-left, runs are reversed
    /// and right-to-left runs are mirrored, while numbers and Latin words keep their own order.</summary>
    public static string Visual(string line)
    {
        var firstStrong = line.FirstOrDefault(char.IsLetter);
        if (firstStrong == default || !IsRightToLeft(firstStrong)) return line;
        var runs = new List<(bool Rtl, StringBuilder Text)>();
        foreach (var c in line)
        {
            var rtl = IsRightToLeft(c) || !(char.IsLetterOrDigit(c));
            if (runs.Count == 0 || runs[^1].Rtl != rtl) runs.Add((rtl, new StringBuilder()));
            runs[^1].Text.Append(c);
        }
        var visual = new StringBuilder(line.Length);
        for (var r = runs.Count - 1; r >= 0; r--)
        {
            var text = runs[r].Text.ToString();
            visual.Append(runs[r].Rtl ? new string(text.Reverse().Select(Mirror).ToArray()) : text);
        }
        return visual.ToString();
    }

    private static char Mirror(char c) => c switch { '(' => ')', ')' => '(', '[' => ']', ']' => '[', '«' => '»', '»' => '«', _ => c };

    private static int? LamAlef(char c) => c switch { '\u0622' => 0xFEF5, '\u0623' => 0xFEF7, '\u0625' => 0xFEF9, '\u0627' => 0xFEFB, _ => null };

    /// <summary>Index of the nearest letter before/after <paramref name="index"/>, skipping combining marks.</summary>
    private static int? Neighbour(string text, int index, int step)
    {
        for (var i = index + step; i >= 0 && i < text.Length; i += step)
        {
            if (IsMark(text[i])) continue;
            return Letters.ContainsKey(text[i]) || text[i] == '\u0640' ? i : null;
        }
        return null;
    }
}
