using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using SkiaSharp;

namespace SdgArchive.Cards;

/// <summary>
/// The fonts a card may use, in order of preference. Text is split into runs, each drawn with the first font
/// that has glyphs for it, so Cyrillic, Arabic and Thai titles show letters instead of empty boxes.
/// </summary>
public sealed class FontChain : IDisposable
{
    /// <summary>Shipped fonts, looked up next to the generator binary (see generator/Fonts/README.md).</summary>
    public static readonly IReadOnlyList<string> ShippedFontFiles =
        ["DejaVuSans-Bold.ttf", "NotoSansThai-Bold.ttf", "NotoNaskhArabic-Bold.ttf", "wqy-microhei.ttc"];

    private readonly IReadOnlyList<SKTypeface> _typefaces;
    // Glyph lookup goes through SKFont; one per typeface, used under a lock because renders run in parallel.
    private readonly Dictionary<SKTypeface, SKFont> _lookup;
    private readonly ConcurrentDictionary<char, SKTypeface> _faceOfChar = new();

    private FontChain(IReadOnlyList<SKTypeface> typefaces)
    {
        _typefaces = typefaces;
        _lookup = typefaces.ToDictionary(t => t, t => new SKFont(t, 12));
    }

    public int Count => _typefaces.Count;

    /// <summary>Loads the shipped fonts from <paramref name="fontDirectory"/> (default: Fonts/ beside the generator).</summary>
    public static FontChain LoadShipped(string? fontDirectory = null)
    {
        var directory = fontDirectory ?? Path.Combine(AppContext.BaseDirectory, "Fonts");
        var typefaces = new List<SKTypeface>();
        foreach (var file in ShippedFontFiles)
        {
            var path = Path.Combine(directory, file);
            var typeface = File.Exists(path) ? SKTypeface.FromFile(path) : null;
            if (typeface is null) throw new FileNotFoundException($"Card font {file} is missing from {directory}; it ships with the generator (generator/Fonts).", path);
            typefaces.Add(typeface);
        }
        return new FontChain(typefaces);
    }

    /// <summary>A chain of given fonts, for tests that need to compare with a font lacking some scripts.</summary>
    public static FontChain FromFiles(IEnumerable<string> paths) =>
        new(paths.Select(p => SKTypeface.FromFile(p) ?? throw new FileNotFoundException("Cannot load font", p)).ToList());

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
        foreach (var font in _lookup.Values) font.Dispose();
        foreach (var face in _typefaces) face.Dispose();
    }
}

/// <summary>Text to draw with one typeface.</summary>
public sealed record TextRun(string Text, SKTypeface Typeface);
