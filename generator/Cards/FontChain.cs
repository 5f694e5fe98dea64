using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using SkiaSharp;

namespace SdgArchive.Cards;

/// <summary>
/// The fonts a card may use, in order of preference. Text is split into runs, each drawn with the first font
/// that has glyphs for it, so Cyrillic, Arabic and Thai titles show letters instead of empty boxes. A font made for
/// one script is taken first for that script's letters even when an earlier font has them (DejaVu Sans has the Arabic
/// letters but not all of Kurdish: a word drawn with two fonts could not join its letters).
/// </summary>
public sealed class FontChain : IDisposable
{
    /// <summary>Shipped fonts, looked up next to the generator binary (see generator/Fonts/README.md).</summary>
    public static readonly IReadOnlyList<ShippedFont> ShippedFonts =
    [
        new("DejaVuSans-Bold.ttf"),
        new("NotoSansThai-Bold.ttf"),
        new("NotoNaskhArabic-Bold.ttf", UnicodeRanges.Arabic, UnicodeRanges.ArabicSupplement,
            UnicodeRanges.ArabicExtendedA, UnicodeRanges.ArabicPresentationFormsA,
            UnicodeRanges.ArabicPresentationFormsB),
        new("NotoSansKhmer-Bold.ttf", UnicodeRanges.Khmer, UnicodeRanges.KhmerSymbols),
        new("wqy-microhei.ttc"),
    ];

    private readonly IReadOnlyList<SKTypeface> _typefaces;
    private readonly IReadOnlyList<(SKTypeface Face, UnicodeRange[] Ranges)> _scriptFonts;
    // Glyph lookup goes through SKFont; one per typeface, used under a lock because renders run in parallel.
    private readonly Dictionary<SKTypeface, SKFont> _lookup;
    private readonly ConcurrentDictionary<char, SKTypeface> _faceOfChar = new();

    private FontChain(IReadOnlyList<(string Path, SKTypeface Face, UnicodeRange[] Ranges)> fonts)
    {
        _typefaces = fonts.Select(f => f.Face).ToList();
        _scriptFonts = fonts.Where(f => f.Ranges.Length > 0).Select(f => (f.Face, f.Ranges)).ToList();
        _lookup = _typefaces.ToDictionary(t => t, t => new SKFont(t, 12));
        Shaper = new TextShaper(fonts.Select(f => (f.Face, f.Path)));
    }

    public int Count => _typefaces.Count;

    /// <summary>Shapes runs of scripts whose letters change with their neighbours.</summary>
    public TextShaper Shaper { get; }

    /// <summary>Loads the shipped fonts from <paramref name="fontDirectory"/> (default: Fonts/ beside the generator).</summary>
    public static FontChain LoadShipped(string? fontDirectory = null)
    {
        var directory = fontDirectory ?? Path.Combine(AppContext.BaseDirectory, "Fonts");
        var fonts = new List<(string, SKTypeface, UnicodeRange[])>();
        foreach (var font in ShippedFonts)
        {
            var path = Path.Combine(directory, font.File);
            var typeface = File.Exists(path) ? SKTypeface.FromFile(path) : null;
            if (typeface is null)
                throw new FileNotFoundException(
                    $"Card font {font.File} is missing from {directory}; it ships with the generator, generator/Fonts.",
                    path);
            fonts.Add((path, typeface, font.PreferredFor));
        }
        return new FontChain(fonts);
    }

    /// <summary>A chain of given fonts, for tests that need to compare with a font lacking some scripts.</summary>
    public static FontChain FromFiles(IEnumerable<string> paths) =>
        new(paths.Select(p => (p, SKTypeface.FromFile(p) ?? throw new FileNotFoundException("Cannot load font", p),
            Array.Empty<UnicodeRange>())).ToList());

    /// <summary>Splits text into runs of one typeface. Combining marks stay with the character they modify.</summary>
    public IReadOnlyList<TextRun> Runs(string text)
    {
        var runs = new List<TextRun>();
        var current = new StringBuilder();
        SKTypeface? currentFace = null;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            var face = FaceFor(element);
            if (currentFace is not null && face != currentFace)
            {
                runs.Add(new TextRun(current.ToString(), currentFace));
                current.Clear();
            }
            currentFace = face;
            current.Append(element);
        }
        if (currentFace is not null && current.Length > 0) runs.Add(new TextRun(current.ToString(), currentFace));
        return runs;
    }

    /// <summary>True when some font of the chain has a glyph for every character (spaces and controls aside).</summary>
    public bool CanDraw(string text) => text.EnumerateRunes().All(r => Rune.IsWhiteSpace(r) || Rune.IsControl(r) || _typefaces.Any(f => Has(f, r)));

    private SKTypeface FaceFor(string element)
    {
        // Most elements are one character: remember its face (glyph lookups go through a lock).
        if (element.Length == 1) return _faceOfChar.GetOrAdd(element[0], static (c, chain) => chain.FaceForCluster(c.ToString()), this);
        return FaceForCluster(element);
    }

    private SKTypeface FaceForCluster(string element)
    {
        var runes = element.EnumerateRunes().Where(r => !Rune.IsWhiteSpace(r)).ToList();
        if (runes.Count == 0) return _typefaces[0];
        foreach (var (face, ranges) in _scriptFonts)
            if (ranges.Any(r => runes[0].Value >= r.FirstCodePoint && runes[0].Value < r.FirstCodePoint + r.Length)
                && runes.All(r => Has(face, r)))
                return face;
        foreach (var face in _typefaces)
            if (runes.All(r => Has(face, r))) return face;
        // No font has the whole cluster: the one with its base character, else the first (which draws a box).
        return _typefaces.FirstOrDefault(f => Has(f, runes[0])) ?? _typefaces[0];
    }

    private bool Has(SKTypeface face, Rune rune)
    {
        var font = _lookup[face];
        lock (font) return font.ContainsGlyph(rune.Value);
    }

    public void Dispose()
    {
        Shaper.Dispose();
        foreach (var font in _lookup.Values) font.Dispose();
        foreach (var face in _typefaces) face.Dispose();
    }
}

/// <summary>A font file of generator/Fonts and the Unicode blocks for which it goes before the fonts above.</summary>
public sealed record ShippedFont(string File, params UnicodeRange[] PreferredFor);

/// <summary>Text to draw with one typeface.</summary>
public sealed record TextRun(string Text, SKTypeface Typeface);
