using SkiaSharp;

namespace SdgArchive.Cards;

/// <summary>
/// Paints a card straight into palette indices, one byte a pixel, ready for <see cref="IndexedPng"/>. Rectangles are
/// filled with their colour's index; text becomes coverage only (one byte a pixel, stamped from Skia's own glyph masks
/// by <see cref="GlyphMasks"/>) and each coverage value becomes the index of the blend of its ink over its background
/// at that level (<see cref="CardPalette.AddBlend"/>).
/// Drawing RGBA and searching the nearest palette colour of every run of pixels took 2.6 of `card-6`'s 3.9 ms a card
/// (clearing 3 MB, blending four channels, ~20,000 colour lookups); see docs/benchmarks.md.
/// One per thread, reused card after card: the buffers are 0.75 MB each.
/// </summary>
public sealed class IndexedCardPainter : ICardPainter
{
    [ThreadStatic] private static IndexedCardPainter? _ofThread;

    private readonly int _width;
    private readonly int _height;
    private readonly byte[] _coverage;
    private readonly byte[] _rows;
    private readonly List<(SKColor Background, SKColor Ink, int Levels, byte[] Indices)> _blends = [];
    private CardPalette _palette = new();

    private IndexedCardPainter(int width, int height)
    {
        _width = width;
        _height = height;
        _coverage = new byte[width * height];
        _rows = new byte[(width + 1) * height];
    }

    /// <summary>This thread's painter, set to a blank card of <paramref name="background"/>.</summary>
    public static IndexedCardPainter Start(int width, int height, SKColor background)
    {
        var painter = _ofThread is { } reused && reused._width == width && reused._height == height
            ? reused
            : _ofThread = new IndexedCardPainter(width, height);
        painter.Reset(background);
        return painter;
    }

    public CardPalette Palette => _palette;

    /// <summary>The rows as PNG wants them: a filter byte (0, None) then one index a pixel.</summary>
    public ReadOnlySpan<byte> Rows => _rows;

    private void Reset(SKColor background)
    {
        _palette = new CardPalette();
        _blends.Clear();
        _rows.AsSpan().Fill(_palette.AddFlat(background)); // the filter bytes too: the background is index 0
        // Every text clears the coverage it drew (PaintCoverage); this catches one that threw half way.
        _coverage.AsSpan().Clear();
    }

    public void FillRect(SKRectI rect, SKColor colour)
    {
        var index = _palette.AddFlat(colour);
        var clipped = Clip(rect);
        for (var y = clipped.Top; y < clipped.Bottom; y++)
            _rows.AsSpan(y * (_width + 1) + 1 + clipped.Left, clipped.Width).Fill(index);
    }

    public void DrawText(TextLayout layout, string text, float x, float baseline, SKColor ink, SKColor background,
        int levels, bool? rightToLeft = null)
    {
        var masks = GlyphMasks.OfThread;
        var area = SKRectI.Empty;
        foreach (var run in layout.GlyphRuns(text, x, rightToLeft))
        {
            var touched = masks.Stamp(run, baseline, ink, _coverage, _width, _height);
            if (!touched.IsEmpty) area = area.IsEmpty ? touched : SKRectI.Union(area, touched);
        }
        if (!area.IsEmpty) PaintCoverage(area, Levels(background, ink, levels));
    }

    /// <summary>Coverage → index for every drawn pixel of <paramref name="area"/>, then the coverage is cleared for
    /// the next text (texts may overlap in their bounds but each is mapped alone, with its own colours).</summary>
    private void PaintCoverage(SKRectI area, byte[] indexOfCoverage)
    {
        for (var y = area.Top; y < area.Bottom; y++)
        {
            var coverage = _coverage.AsSpan(y * _width + area.Left, area.Width);
            var row = _rows.AsSpan(y * (_width + 1) + 1 + area.Left, area.Width);
            var x = coverage.IndexOfAnyExcept((byte)0);
            if (x < 0) continue;
            for (; x < coverage.Length; x++)
                if (coverage[x] != 0) row[x] = indexOfCoverage[coverage[x]];
            coverage.Clear();
        }
    }

    /// <summary>For each coverage 0–255, the index of the nearest of the <paramref name="levels"/> blend
    /// steps.</summary>
    private byte[] Levels(SKColor background, SKColor ink, int levels)
    {
        foreach (var known in _blends)
            if (known.Background == background && known.Ink == ink && known.Levels == levels) return known.Indices;
        var steps = _palette.AddBlend(background, ink, levels);
        var indices = new byte[256];
        for (var coverage = 0; coverage < 256; coverage++)
            indices[coverage] = steps[(coverage * levels + 127) / 255];
        _blends.Add((background, ink, levels, indices));
        return indices;
    }

    private SKRectI Clip(SKRectI rect) => SKRectI.Intersect(rect, new SKRectI(0, 0, _width, _height));
}
