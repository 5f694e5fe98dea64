using System.Globalization;

namespace SdgArchive.Cards;

/// <summary>
/// Just enough of the Unicode bidirectional algorithm (UAX #9) for one line of a card title: the line is cut into
/// runs of one direction, in the order they are drawn from left to right. A right-to-left run keeps its logical
/// order: the shaper lays it out right to left and mirrors its brackets. Numbers read left to right inside Arabic
/// text, and so do Latin words; spaces and punctuation take the direction of the text on both sides, or else the
/// paragraph's.
/// Not covered (no archive title needs them): explicit embedding controls and isolates.
/// </summary>
public static class BidiText
{
    private enum Kind { LeftToRight, RightToLeft, Number, Neutral }

    /// <summary>Letters and marks of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko …).</summary>
    public static bool IsRightToLeft(char c) =>
        c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    /// <summary>A paragraph is right to left when its first letter is (rule P2 of the algorithm).</summary>
    public static bool ParagraphIsRightToLeft(string text)
    {
        foreach (var c in text)
            if (char.IsLetter(c)) return IsRightToLeft(c);
        return false;
    }

    /// <summary>The runs of <paramref name="line"/> from left to right as drawn, each with its direction.</summary>
    public static IReadOnlyList<DirectionalRun> VisualRuns(string line, bool paragraphRightToLeft)
    {
        if (!paragraphRightToLeft && !line.Any(IsRightToLeft)) return [new DirectionalRun(line, false)];
        var kinds = Classify(line);
        ResolveNeutrals(kinds, paragraphRightToLeft);

        // Embedding levels (rules I1, I2): odd levels are drawn right to left; numbers sit one level above the
        // right-to-left text around them, so "2030" inside Arabic keeps its digits in order.
        var runs = new List<(string Text, int Level)>();
        for (var start = 0; start < line.Length;)
        {
            var level = Level(kinds[start], paragraphRightToLeft);
            var end = start + 1;
            while (end < line.Length && Level(kinds[end], paragraphRightToLeft) == level) end++;
            runs.Add((line[start..end], level));
            start = end;
        }
        // Rule L2: from the highest level down to 1, reverse every sequence of runs at that level or above.
        for (var level = runs.Max(r => r.Level); level >= 1; level--)
            for (var start = 0; start < runs.Count;)
            {
                if (runs[start].Level < level) { start++; continue; }
                var end = start;
                while (end < runs.Count && runs[end].Level >= level) end++;
                runs.Reverse(start, end - start);
                start = end;
            }
        return runs.Select(r => new DirectionalRun(r.Text, r.Level % 2 == 1)).ToList();
    }

    private static int Level(Kind kind, bool paragraphRightToLeft) => (kind, paragraphRightToLeft) switch
    {
        (Kind.RightToLeft, _) => 1,
        (Kind.Number, _) => 2,
        (Kind.LeftToRight, true) => 2,
        _ => 0,
    };

    private static Kind[] Classify(string line)
    {
        var kinds = new Kind[line.Length];
        var lastStrong = Kind.Neutral;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var category = char.GetUnicodeCategory(c);
            kinds[i] = category switch
            {
                // A mark belongs to the letter it sits on.
                UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark when i > 0 => kinds[i - 1],
                // Digits after a Latin letter read with it ("Agenda 2030"); elsewhere they form a left-to-right run.
                _ when char.IsDigit(c) => lastStrong == Kind.LeftToRight ? Kind.LeftToRight : Kind.Number,
                _ when IsRightToLeft(c) && char.IsLetter(c) || c is '\u200F' => Kind.RightToLeft,
                _ when char.IsLetter(c) || c is '\u200E' => Kind.LeftToRight,
                _ => Kind.Neutral,
            };
            if (kinds[i] is Kind.LeftToRight or Kind.RightToLeft) lastStrong = kinds[i];
        }
        return kinds;
    }

    /// <summary>Neutrals between two runs of one direction take it, others the paragraph's (rules N1, N2);
    /// numbers count as right to left for their neighbours.</summary>
    private static void ResolveNeutrals(Kind[] kinds, bool paragraphRightToLeft)
    {
        var paragraph = paragraphRightToLeft ? Kind.RightToLeft : Kind.LeftToRight;
        for (var start = 0; start < kinds.Length;)
        {
            if (kinds[start] != Kind.Neutral) { start++; continue; }
            var end = start;
            while (end < kinds.Length && kinds[end] == Kind.Neutral) end++;
            var before = start == 0 ? paragraph : Strong(kinds[start - 1]);
            var after = end == kinds.Length ? paragraph : Strong(kinds[end]);
            var resolved = before == after ? before : paragraph;
            for (var i = start; i < end; i++) kinds[i] = resolved;
            start = end;
        }
    }

    private static Kind Strong(Kind kind) => kind == Kind.Number ? Kind.RightToLeft : kind;
}

/// <summary>Text of one direction, in logical order.</summary>
public sealed record DirectionalRun(string Text, bool RightToLeft);
