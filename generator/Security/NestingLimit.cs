using System.Text;
using SdgArchive.Diagnostics;

namespace SdgArchive.Security;

/// <summary>
/// The nesting-depth limit, enforced on the text before Markdig parses it. Markdig throws on nesting past its own
/// limit (measured: 64 lists by indentation, 128 quotes, 129 <c>[a</c> or 100 nested <c>**</c> in a row), and the
/// document then had no page at all. Here each line's nesting is estimated in one pass (quotes, list markers and the
/// list items its indentation keeps open; open brackets and emphasis delimiters of its paragraph), and the marker that
/// would go past <see cref="InputLimits.MaxNestingDepth"/> is escaped with a backslash: it and what follows it on the
/// line read as plain text, the page is still built. The estimate errs on the deep side (a list item counts as one
/// level where Markdig counts two blocks) so what it lets through stays far from Markdig's limit.
/// </summary>
public static class NestingLimit
{
    private const string Emphasis = "*_~=^+";

    /// <summary>The text with every over-deep marker escaped (the same string when none is); one warning, located.</summary>
    public static string Apply(string text, int maxDepth, string path, List<Diagnostic> diagnostics)
    {
        var lines = text.Split('\n');
        var listItems = new List<int>(); // content columns of the list items open at the current line
        var fence = new FenceTracker();
        var previousBlank = true;
        var inlineDepth = 0;
        var escapes = 0;
        (int Line, int Column) first = default;
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            if (fence.Update(line) || fence.Inside) { previousBlank = false; continue; }
            if (string.IsNullOrWhiteSpace(line)) { previousBlank = true; inlineDepth = 0; continue; }

            var escapeAt = new List<int>();
            var (i, column) = SkipSpace(line, 0, 0);
            // A line that is not a list item closes the items it is not indented into, unless it may be a lazy
            // continuation of the paragraph above (then it closes nothing).
            if (previousBlank && MarkerLength(line, i) == 0) listItems.RemoveAll(c => c > column);
            var quotes = 0;
            while (i < line.Length)
            {
                int marker;
                if (line[i] == '>')
                {
                    if (quotes + listItems.Count + 1 > maxDepth) { escapeAt.Add(i); break; }
                    quotes++;
                    (i, column) = SkipSpace(line, i + 1, column + 1);
                }
                else if ((marker = MarkerLength(line, i)) > 0)
                {
                    listItems.RemoveAll(c => c > column); // a marker here is not inside items whose text starts further right
                    if (quotes + listItems.Count + 1 > maxDepth) { escapeAt.Add(i + marker - 1); break; }
                    var (next, after) = SkipSpace(line, i + marker, column + marker);
                    listItems.Add(after - (column + marker) is >= 1 and <= 4 ? after : column + marker + 1);
                    (i, column) = (next, after);
                }
                else break;
            }
            if (escapeAt.Count > 0) i = escapeAt[0] + 1;
            inlineDepth = EscapeDeepInlines(line, i, inlineDepth, maxDepth, escapeAt);
            previousBlank = false;
            if (escapeAt.Count == 0) continue;

            if (escapes == 0) first = (n + 1, escapeAt[0] + 1);
            escapes += escapeAt.Count;
            lines[n] = Escaped(line, escapeAt);
        }
        if (escapes == 0) return text;
        diagnostics.Add(new(new(path, first.Line, first.Column), Severity.Warning, DiagnosticCodes.NestingTooDeep,
            $"Markdown nested deeper than {maxDepth} levels (lists, quotes, brackets or emphasis): the marker here that goes"
            + " deeper" + (escapes == 1 ? "" : $", and {escapes - 1} more in this document,") + " is shown as plain text"));
        return string.Join('\n', lines);
    }

    /// <summary>
    /// The last resort when Markdig still refuses the text: every line's indentation dropped and every ASCII
    /// punctuation character escaped, so nothing nests at all; tag lines (<c>[[</c>) and headings are kept.
    /// </summary>
    public static string Flatten(string text)
    {
        var result = new StringBuilder(text.Length + text.Length / 8);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimStart();
            if (line.StartsWith("[[", StringComparison.Ordinal) || line.StartsWith('#')) { result.Append(line).Append('\n'); continue; }
            foreach (var c in line)
            {
                if (char.IsAsciiLetterOrDigit(c) || c is ' ' or '\t' || c > '~') result.Append(c);
                else if (c >= '!') result.Append('\\').Append(c);
            }
            result.Append('\n');
        }
        return result.ToString(0, Math.Max(0, result.Length - 1));
    }

    /// <summary>
    /// Counts the brackets and emphasis delimiters the paragraph opens and closes from <paramref name="start"/>; an
    /// opener that would go past the limit is escaped. Returns the paragraph's depth after the line.
    /// </summary>
    private static int EscapeDeepInlines(string line, int start, int depth, int maxDepth, List<int> escapeAt)
    {
        for (var i = start; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\\') { i++; continue; }
            if (c == ']') { if (depth > 0) depth--; continue; }
            if (c == '[')
            {
                if (depth + 1 > maxDepth) escapeAt.Add(i);
                else depth++;
                continue;
            }
            if (!Emphasis.Contains(c)) continue;
            var end = i;
            while (end < line.Length && line[end] == c) end++;
            var opens = end < line.Length && !char.IsWhiteSpace(line[end]);
            var closes = i > 0 && !char.IsWhiteSpace(line[i - 1]);
            var run = end - i;
            if (closes && !opens) depth -= Math.Min(run, depth);
            else if (opens && !closes)
            {
                if (depth + run > maxDepth) for (var k = i; k < end; k++) escapeAt.Add(k);
                else depth += run;
            }
            i = end - 1;
        }
        return depth;
    }

    /// <summary>The length of a list marker at <paramref name="i"/> (<c>-</c>, <c>+</c>, <c>*</c>, <c>1.</c>, <c>1)</c>) followed by a space or the end of the line; else 0.</summary>
    private static int MarkerLength(string line, int i)
    {
        if (i >= line.Length) return 0;
        var end = i;
        if (line[i] is '-' or '+' or '*') end = i + 1;
        else
        {
            while (end < line.Length && end - i < 9 && char.IsAsciiDigit(line[end])) end++;
            if (end == i || end >= line.Length || line[end] is not ('.' or ')')) return 0;
            end++;
        }
        return end == line.Length || line[end] is ' ' or '\t' ? end - i : 0;
    }

    private static (int Index, int Column) SkipSpace(string line, int i, int column)
    {
        for (; i < line.Length; i++)
        {
            if (line[i] == ' ') column++;
            else if (line[i] == '\t') column += 4 - column % 4;
            else break;
        }
        return (i, column);
    }

    private static string Escaped(string line, List<int> positions)
    {
        var result = new StringBuilder(line.Length + positions.Count);
        var from = 0;
        foreach (var at in positions.Order())
        {
            result.Append(line, from, at - from).Append('\\');
            from = at;
        }
        return result.Append(line, from, line.Length - from).ToString();
    }
}
