using System.Globalization;
using System.Text;
using SkiaSharp;

namespace SdgArchive.Cards;

/// <summary>
/// Wraps text into lines that fit a width, measuring each run with the font that will draw it. One per size and card:
/// it keeps an <see cref="SKFont"/> per typeface and the widths it measured, because word wrapping measures each
/// growing line again.
/// </summary>
public sealed class TextLayout(FontChain fonts, float size) : IDisposable
{
    public const string Ellipsis = "…";
    private const char ZeroWidthSpace = '\u200B';
    private readonly Dictionary<SKTypeface, SKFont> _fonts = [];
    private readonly Dictionary<string, float> _widths = new(StringComparer.Ordinal);

    public float Size => size;

    public IReadOnlyList<TextRun> Runs(string text) => fonts.Runs(text);

    public SKFont FontFor(SKTypeface typeface)
    {
        if (!_fonts.TryGetValue(typeface, out var font)) _fonts[typeface] = font = CardFont(typeface, size);
        return font;
    }

    public float Measure(string text)
    {
        if (_widths.TryGetValue(text, out var known)) return known;
        float width = 0;
        if (TextShaper.NeedsShaping(text))
            foreach (var (_, shaped) in ShapedRuns(text, BidiText.ParagraphIsRightToLeft(text))) width += shaped.Width;
        else
            foreach (var run in fonts.Runs(text)) width += FontFor(run.Typeface).MeasureText(run.Text);
        _widths[text] = width;
        return width;
    }

    /// <summary>
    /// A line that needs shaping (<see cref="TextShaper.NeedsShaping(string)"/>) as shaped runs in drawing order, left
    /// to right; <paramref name="paragraphRightToLeft"/> is the direction of the whole title the line comes from.
    /// </summary>
    public IEnumerable<(TextRun Run, ShapedRun Shaped)> ShapedRuns(string line, bool paragraphRightToLeft)
    {
        foreach (var directional in BidiText.VisualRuns(line, paragraphRightToLeft))
        {
            var runs = fonts.Runs(directional.Text);
            // A right-to-left run's pieces of different fonts are drawn from its right end.
            for (var i = 0; i < runs.Count; i++)
            {
                var run = runs[directional.RightToLeft ? runs.Count - 1 - i : i];
                yield return (run, fonts.Shaper.Shape(run.Text, run.Typeface, size, directional.RightToLeft));
            }
        }
    }

    /// <summary>
    /// The text as runs of positioned glyphs, each run's pen at <see cref="GlyphRun.X"/>, from <paramref name="x"/>
    /// rightwards; shaped text (<see cref="TextShaper.NeedsShaping(string)"/>) in <see cref="ShapedRuns"/> order.
    /// </summary>
    public IEnumerable<GlyphRun> GlyphRuns(string text, float x, bool? rightToLeft = null)
    {
        if (!TextShaper.NeedsShaping(text))
        {
            foreach (var run in fonts.Runs(text))
            {
                var font = FontFor(run.Typeface);
                var glyphs = font.GetGlyphs(run.Text);
                // The positions Skia gives a blob made from the same text (SkTextBlob::MakeFromText: getPos at 0, 0).
                if (glyphs.Length > 0)
                    yield return new GlyphRun(font, glyphs, font.GetGlyphPositions(glyphs, default), x);
                x += font.MeasureText(run.Text);
            }
            yield break;
        }
        foreach (var (run, shaped) in ShapedRuns(text, rightToLeft ?? BidiText.ParagraphIsRightToLeft(text)))
        {
            if (shaped.Glyphs.Length > 0)
                yield return new GlyphRun(FontFor(run.Typeface), shaped.Glyphs, shaped.Positions, x);
            x += shaped.Width;
        }
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values) font.Dispose();
        _fonts.Clear();
    }

    /// <summary>
    /// Greedy word wrap into at most <paramref name="maxLines"/> lines; words wider than a line (or scripts without
    /// spaces, like Thai) break between characters. <paramref name="truncated"/> tells whether text was dropped,
    /// in which case the last line ends with an ellipsis.
    /// </summary>
    public IReadOnlyList<string> Wrap(string text, float maxWidth, int maxLines, out bool truncated)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        truncated = false;
        foreach (var word in Words(text))
        {
            var candidate = line.ToString() + word;
            if (Measure(candidate.TrimEnd()) <= maxWidth) { line.Append(word); continue; }
            if (line.Length > 0)
            {
                lines.Add(line.ToString().TrimEnd());
                line.Clear();
            }
            // The word alone may still be too wide: break it between characters.
            foreach (var element in Elements(word))
            {
                if (line.Length > 0 && Measure((line + element).TrimEnd()) > maxWidth)
                {
                    lines.Add(line.ToString().TrimEnd());
                    line.Clear();
                }
                line.Append(element);
            }
        }
        if (line.ToString().Trim().Length > 0) lines.Add(line.ToString().TrimEnd());
        if (lines.Count <= maxLines) return lines;

        truncated = true;
        var kept = lines.Take(maxLines).ToList();
        kept[^1] = WithEllipsis(kept[^1] + " " + lines[maxLines], maxWidth);
        return kept;
    }

    /// <summary>The longest start of <paramref name="text"/> that, followed by "…", fits the width (the whole text if it fits).</summary>
    public string Fit(string text, float maxWidth) => Measure(text) <= maxWidth ? text : WithEllipsis(text, maxWidth);

    private string WithEllipsis(string text, float maxWidth)
    {
        // Binary search on the number of elements kept (a longer start is never narrower): measuring every start from
        // the longest down took minutes for a 20 KB country name.
        var elements = Elements(text).ToList();
        string? best = null;
        for (int low = 1, high = elements.Count; low <= high;)
        {
            var count = low + (high - low) / 2;
            var start = StartOf(elements, count);
            if (start.Length == 0 || Measure(start + Ellipsis) <= maxWidth) { if (start.Length > 0) best = start; low = count + 1; }
            else high = count - 1;
        }
        return (best ?? "") + Ellipsis;
    }

    private static string StartOf(List<string> elements, int count) =>
        string.Concat(elements.Take(count)).TrimEnd(' ', ',', ';', ':', '-', '–', '—');

    /// <summary>Words with their trailing spaces, so joining them gives the text back. A zero-width space (U+200B)
    /// also ends a word: Khmer and Thai writers put it between words where a line may break, and no space.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var ch in text)
        {
            if (ch == ' ' && word.Length > 0 && word[^1] != ' ') { word.Append(ch); continue; }
            if (ch != ' ' && word.Length > 0 && word[^1] is ' ' or ZeroWidthSpace)
            {
                yield return word.ToString();
                word.Clear();
            }
            word.Append(ch);
        }
        if (word.Length > 0) yield return word.ToString();
    }

    /// <summary>Where a line may break inside a word: between grapheme clusters, except after a Khmer coeng (U+17D2),
    /// which puts the next consonant under the one before.</summary>
    private static IEnumerable<string> Elements(string text)
    {
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        string? pending = null;
        while (enumerator.MoveNext())
        {
            var element = (string)enumerator.Current;
            pending = pending is null ? element : pending + element;
            if (pending[^1] == '\u17D2') continue;
            yield return pending;
            pending = null;
        }
        if (pending is not null) yield return pending;
    }

    /// <summary>Fixed font settings: the same glyph rasterization every run, so PNG bytes are reproducible.</summary>
    internal static SKFont CardFont(SKTypeface typeface, float size) => new(typeface, size)
    {
        Edging = SKFontEdging.Antialias,
        Hinting = SKFontHinting.None,
        Subpixel = true,
    };
}

/// <summary>Glyphs of one font and their positions from the pen, which stands at <paramref name="X"/> on the
/// baseline.</summary>
public sealed record GlyphRun(SKFont Font, ushort[] Glyphs, SKPoint[] Positions, float X)
{
    /// <summary>The run as a Skia text blob, positioned relative to the pen; the caller disposes it.</summary>
    public SKTextBlob? ToBlob()
    {
        using var builder = new SKTextBlobBuilder();
        builder.AddPositionedRun(Glyphs, Font, Positions);
        return builder.Build();
    }
}
