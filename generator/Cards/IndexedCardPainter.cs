using System.Runtime.InteropServices;
using SkiaSharp;

namespace SdgArchive.Cards;

/// <summary>
/// Paints a card straight into palette indices, one byte a pixel, ready for <see cref="IndexedPng"/>. Rectangles are
/// filled with their colour's index; text is rasterized by Skia as coverage only (an Alpha8 surface) and each coverage
/// value becomes the index of the blend of its ink over its background at that level
/// (<see cref="CardPalette.AddBlend"/>).
/// Drawing RGBA and searching the nearest palette colour of every pixel cost ~2.6 ms a card (clearing 3 MB, blending
/// four channels, one colour lookup per run of pixels); see docs/benchmarks.md.
/// One per thread, reused card after card: the buffers are 0.75 MB each.
/// </summary>
public sealed class IndexedCardPainter : ICardPainter
{
    [ThreadStatic] private static IndexedCardPainter? _ofThread;

    private readonly int _width;
    private readonly int _height;
    private readonly byte[] _coverage;
    private readonly byte[] _rows;
    private readonly SKSurface _surface;
    private readonly SKPaint _coveragePaint = new() { IsAntialias = true, Color = SKColors.Black };
    private readonly List<(SKColor Background, SKColor Ink, int Levels, byte[] Indices)> _blends = [];
    private CardPalette _palette = new();

    private IndexedCardPainter(int width, int height)
    {
        _width = width;
        _height = height;
        // Pinned: Skia rasterizes into the array itself, which is read back without a copy.
        _coverage = GC.AllocateArray<byte>(width * height, pinned: true);
        _rows = new byte[(width + 1) * height];
        var info = new SKImageInfo(width, height, SKColorType.Alpha8, SKAlphaType.Premul);
        _surface = SKSurface.Create(info, Marshal.UnsafeAddrOfPinnedArrayElement(_coverage, 0), width)
            ?? throw new InvalidOperationException("Skia could not create an Alpha8 raster surface");
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
        var bounds = SKRect.Empty;
        // Skia adjusts glyph coverage to the ink's luminance (thicker dark text, thinner light text): drawn in black,
        // the white chip numbers and the grey label came out up to 12 levels off the colour drawing.
        _coveragePaint.Color = ink;
        foreach (var (blob, left) in layout.Blobs(text, x, rightToLeft))
            using (blob)
            {
                _surface.Canvas.DrawText(blob, left, baseline, _coveragePaint);
                var drawn = blob.Bounds;
                drawn.Offset(left, baseline);
                bounds = bounds.IsEmpty ? drawn : SKRect.Union(bounds, drawn);
            }
        if (bounds.IsEmpty) return;
        // Skia's blob bounds are conservative (font bounding boxes); two pixels more for anti-aliasing.
        var area = Clip(SKRectI.Inflate(SKRectI.Ceiling(bounds, outwards: true), 2, 2));
        PaintCoverage(area, Levels(background, ink, levels));
    }

    /// <summary>Coverage → index for every drawn pixel of <paramref name="area"/>, then the coverage is cleared for
    /// the next text (texts may overlap in their bounds but each is mapped alone, with its own colours).</summary>
    private void PaintCoverage(SKRectI area, byte[] indexOfCoverage)
    {
        _surface.Canvas.Flush();
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
