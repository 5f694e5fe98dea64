using SkiaSharp;

namespace SdgArchive.Cards;

/// <summary>
/// Draws a card in full RGBA colour with Skia, each text blended over what is under it by the rasterizer: the picture
/// the indexed card (<see cref="IndexedCardPainter"/>) approximates. Tests compare the two; the build never uses it.
/// </summary>
public sealed class ReferenceCardPainter : ICardPainter, IDisposable
{
    private readonly SKCanvas _canvas;

    public ReferenceCardPainter(int width, int height, SKColor background)
    {
        Bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        _canvas = new SKCanvas(Bitmap);
        _canvas.Clear(background);
    }

    public SKBitmap Bitmap { get; }

    public void FillRect(SKRectI rect, SKColor colour)
    {
        using var paint = new SKPaint { IsAntialias = false, Color = colour };
        _canvas.DrawRect(rect, paint);
    }

    public void DrawText(TextLayout layout, string text, float x, float baseline, SKColor ink, SKColor background,
        int levels, bool? rightToLeft = null)
    {
        using var paint = new SKPaint { IsAntialias = true, Color = ink };
        foreach (var run in layout.GlyphRuns(text, x, rightToLeft))
            using (var blob = run.ToBlob())
                if (blob is not null) _canvas.DrawText(blob, run.X, baseline, paint);
    }

    public void Dispose()
    {
        _canvas.Dispose();
        Bitmap.Dispose();
    }
}
