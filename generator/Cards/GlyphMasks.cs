using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using SkiaSharp;

namespace SdgArchive.Cards;

/// <summary>
/// Glyph coverage as Skia rasterizes it, kept per thread and stamped into a card's coverage buffer. Skia draws text by
/// running its blending pipeline over every glyph's mask (its `sse2` build: ~0.8 ms a card on the corpus titles); the
/// same masks copied with the same arithmetic give byte-identical coverage at a fraction of that. Each mask is drawn
/// once by Skia itself, for one glyph at one of the four horizontal sub-pixel positions Skia distinguishes, so the
/// card shows exactly what Skia would have drawn (see IndexedCardTests).
/// </summary>
internal sealed class GlyphMasks
{
    // The 400 corpus cards need 919 masks, 1.4 MB; a title in Chinese brings ~60 new glyphs. Past this size the
    // cache starts again, so a build's threads hold at most a few megabytes each.
    private const int MaxBytes = 4 << 20;

    [ThreadStatic] private static GlyphMasks? _ofThread;

    private readonly Dictionary<Key, Mask?> _masks = [];
    private int _bytes;
    private readonly SKPaint _paint = new() { IsAntialias = true };
    // Pinned, so Skia draws into it: each new mask is drawn here, then copied to an array of its size.
    private byte[] _scratch = GC.AllocateArray<byte>(256 * 256, pinned: true);

    public static GlyphMasks OfThread => _ofThread ??= new GlyphMasks();

    /// <summary>Masks held and their size in bytes (for the benchmark).</summary>
    public (int Masks, int Bytes) Held => (_masks.Count, _bytes);

    private readonly record struct Key(SKTypeface Typeface, float Size, ushort Glyph, int Phase, SKColor Ink);

    /// <summary>A glyph's coverage; its pixel (0, 0) lies at (<see cref="Left"/>, <see cref="Top"/>) from the pixel
    /// of the pen.</summary>
    private sealed record Mask(int Left, int Top, int Width, int Height, byte[] Coverage);

    /// <summary>
    /// Stamps the run, its pen at (<see cref="GlyphRun.X"/>, <paramref name="baseline"/>), into
    /// <paramref name="coverage"/> (<paramref name="width"/> bytes a row) as Skia draws an anti-aliased text blob:
    /// source over, in Skia's 8-bit arithmetic. Returns the pixels touched.
    /// </summary>
    public SKRectI Stamp(GlyphRun run, float baseline, SKColor ink, byte[] coverage, int width, int height)
    {
        var touched = SKRectI.Empty;
        for (var i = 0; i < run.Glyphs.Length; i++)
        {
            // Where Skia puts a glyph drawn without hinting, with sub-pixel positions along x (SkGlyphRunPainter):
            // the device position plus half a sample (1/8 pixel in x, 1/2 in y), floored; the x fraction in quarters
            // picks the mask. Float arithmetic as Skia's.
            var x = run.Positions[i].X + run.X + 0.125f;
            var y = run.Positions[i].Y + baseline + 0.5f;
            var penX = (int)MathF.Floor(x);
            var penY = (int)MathF.Floor(y);
            var phase = ((int)(x * 65536f) >> 14) & 3;
            var mask = Get(run.Font, run.Glyphs[i], phase, ink);
            if (mask is null) continue;
            var placed = SKRectI.Create(penX + mask.Left, penY + mask.Top, mask.Width, mask.Height);
            var area = SKRectI.Intersect(placed, new SKRectI(0, 0, width, height));
            if (area.IsEmpty) continue;
            for (var row = area.Top; row < area.Bottom; row++)
            {
                var from = mask.Coverage.AsSpan(
                    (row - penY - mask.Top) * mask.Width + (area.Left - penX - mask.Left), area.Width);
                SourceOver(from, coverage.AsSpan(row * width + area.Left, area.Width));
            }
            touched = touched.IsEmpty ? area : SKRectI.Union(touched, area);
        }
        return touched;
    }

    /// <summary>Skia's lowp lerp of the destination towards full coverage by the source:
    /// (d·(255−s) + 255·s + 255) / 256. Where the destination is empty this is the source itself, copied 16 bytes at a
    /// time.</summary>
    private static void SourceOver(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        var i = 0;
        for (; i + 16 <= source.Length; i += 16)
        {
            var target = destination.Slice(i, 16);
            if (Vector128.Create((ReadOnlySpan<byte>)target) == Vector128<byte>.Zero)
                source.Slice(i, 16).CopyTo(target);
            else
                for (var j = i; j < i + 16; j++) destination[j] = Blend(source[j], destination[j]);
        }
        for (; i < source.Length; i++) destination[i] = Blend(source[i], destination[i]);
    }

    private static byte Blend(byte source, byte destination) =>
        (byte)((destination * (255 - source) + 255 * source + 255) >> 8);

    private Mask? Get(SKFont font, ushort glyph, int phase, SKColor ink)
    {
        var key = new Key(font.Typeface, font.Size, glyph, phase, ink);
        if (_masks.TryGetValue(key, out var mask)) return mask;
        if (_bytes >= MaxBytes)
        {
            _masks.Clear();
            _bytes = 0;
        }
        mask = Draw(font, glyph, phase, ink);
        _bytes += 64 + (mask?.Coverage.Length ?? 0);
        return _masks[key] = mask;
    }

    /// <summary>The glyph drawn alone by Skia with its pen at x = phase / 4 (+ whole pixels), as in a blob.</summary>
    private Mask? Draw(SKFont font, ushort glyph, int phase, SKColor ink)
    {
        ReadOnlySpan<ushort> glyphs = [glyph];
        Span<float> advance = stackalloc float[1];
        Span<SKRect> bounds = stackalloc SKRect[1];
        font.GetGlyphWidths(glyphs, advance, bounds, null);
        if (bounds[0].IsEmpty) return null; // a space
        // The outline's bounds with room for anti-aliasing and the sub-pixel shift.
        var left = (int)MathF.Floor(bounds[0].Left) - 2;
        var top = (int)MathF.Floor(bounds[0].Top) - 2;
        var right = (int)MathF.Ceiling(bounds[0].Right) + 3;
        var bottom = (int)MathF.Ceiling(bounds[0].Bottom) + 2;
        var info = new SKImageInfo(right - left, bottom - top, SKColorType.Alpha8, SKAlphaType.Premul);
        if (_scratch.Length < info.Width * info.Height)
            _scratch = GC.AllocateArray<byte>(info.Width * info.Height, pinned: true);
        var scratch = _scratch.AsSpan(0, info.Width * info.Height);
        scratch.Clear();
        using (var bitmap = new SKBitmap())
        {
            bitmap.InstallPixels(info, Marshal.UnsafeAddrOfPinnedArrayElement(_scratch, 0), info.Width);
            using var canvas = new SKCanvas(bitmap);
            using var builder = new SKTextBlobBuilder();
            builder.AddPositionedRun(glyphs, font, [default]);
            using var blob = builder.Build();
            // Skia thickens dark text and thins light text by the ink's luminance: the mask is drawn in it.
            _paint.Color = ink;
            if (blob is not null) canvas.DrawText(blob, phase / 4f - left, -top, _paint);
            canvas.Flush();
        }
        var coverage = scratch.ToArray();
        return new Mask(left, top, info.Width, info.Height, coverage);
    }
}
