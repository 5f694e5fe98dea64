using HarfBuzzSharp;
using SkiaSharp;
using HbBuffer = HarfBuzzSharp.Buffer;
using HbFont = HarfBuzzSharp.Font;

namespace SdgArchive.Cards;

/// <summary>
/// Turns a run of text of one typeface into positioned glyphs with HarfBuzz, for the scripts whose letters change
/// with their neighbours: Arabic letters join, Khmer vowels move before their consonant and subscripts stack below,
/// Thai marks sit above one another. SkiaSharp alone draws one glyph per character. Latin, Cyrillic and CJK text
/// never comes here (<see cref="NeedsShaping(string)"/>): their cards keep the plain path, which costs no shaping.
/// Thread-safe: the HarfBuzz fonts are only read once made; each call shapes in its own buffer.
/// </summary>
public sealed class TextShaper : IDisposable
{
    private readonly Dictionary<SKTypeface, (Blob Blob, Face Face, HbFont Font, int UnitsPerEm)> _fonts = [];

    internal TextShaper(IEnumerable<(SKTypeface Typeface, string Path)> fonts)
    {
        foreach (var (typeface, path) in fonts)
        {
            // The same file and face index Skia loaded (index 0: the first face of a .ttc), so glyph ids agree.
            var blob = Blob.FromFile(path);
            var face = new Face(blob, 0);
            var font = new HbFont(face);
            font.SetFunctionsOpenType();
            // Positions in font units: whole numbers, scaled to the card size as floats when drawn.
            font.SetScale(face.UnitsPerEm, face.UnitsPerEm);
            _fonts[typeface] = (blob, face, font, face.UnitsPerEm);
        }
    }

    /// <summary>True for characters of scripts that need shaping or are written right to left.</summary>
    public static bool NeedsShaping(char c) => c is >= '\u0590' and <= '\u0DFF' // Hebrew, Arabic … Sinhala
        or >= '\u0E00' and <= '\u0FFF' // Thai, Lao, Tibetan
        or >= '\u1000' and <= '\u109F' // Myanmar
        or >= '\u1780' and <= '\u17FF' or >= '\u19E0' and <= '\u19FF' // Khmer, Khmer symbols
        or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF'; // Hebrew and Arabic presentation forms

    public static bool NeedsShaping(string text)
    {
        foreach (var c in text)
            if (NeedsShaping(c)) return true;
        return false;
    }

    /// <summary>
    /// The glyphs of <paramref name="text"/> in drawing order (left to right, also for right-to-left text), with
    /// their positions relative to the pen at the run's left end, at <paramref name="size"/> pixels.
    /// </summary>
    public ShapedRun Shape(string text, SKTypeface typeface, float size, bool rightToLeft)
    {
        var (_, _, font, unitsPerEm) = _fonts[typeface];
        using var buffer = new HbBuffer();
        buffer.AddUtf16(text);
        buffer.Direction = rightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        buffer.GuessSegmentProperties();
        font.Shape(buffer);

        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var glyphs = new ushort[infos.Length];
        var points = new SKPoint[infos.Length];
        var scale = size / unitsPerEm;
        var pen = 0;
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            points[i] = new SKPoint((pen + positions[i].XOffset) * scale, -positions[i].YOffset * scale);
            pen += positions[i].XAdvance;
        }
        return new ShapedRun(glyphs, points, pen * scale);
    }

    public void Dispose()
    {
        foreach (var (blob, face, font, _) in _fonts.Values)
        {
            font.Dispose();
            face.Dispose();
            blob.Dispose();
        }
        _fonts.Clear();
    }
}

/// <summary>Glyph ids and their positions from the run's left end; glyph 0 is the font's missing-glyph box.</summary>
public sealed record ShapedRun(ushort[] Glyphs, SKPoint[] Positions, float Width);
