using System.Globalization;
using System.Runtime.InteropServices;
using SkiaSharp;

namespace SdgArchive.Cards;

/// <summary>
/// Draws the 1200×630 Open Graph card of a document: SDG colour bands, type, title, country and year.
/// Thread-safe: each thread draws on its own pixel buffer (allocated once per thread, not per card: 3 MB); the fonts
/// are shared read-only. Stored as an indexed PNG (<see cref="IndexedPng"/>) with the colours the drawing used.
/// </summary>
public sealed class SocialCardRenderer(FontChain fonts)
{
    /// <summary>Bump when the drawing changes, so cached cards are redrawn.</summary>
    public const string Version = "card-6";
    public const int Width = 1200;
    public const int Height = 630;

    public static readonly SKColor Background = SKColor.Parse("#FFFFFF");
    private static readonly SKColor Ink = SKColor.Parse("#1A1A1A");
    private static readonly SKColor Muted = SKColor.Parse("#4A5560");
    private static readonly SKColor NoSdg = SKColor.Parse("#2C3E50");

    private const float Margin = 72;
    private const float BandHeight = 28;
    private const float TitleTop = 168;
    private const float TitleBottom = 500;
    private static readonly float[] TitleSizes = [68, 60, 52];

    [ThreadStatic] private static byte[]? _pixels;

    public byte[] Render(SocialCardInput card)
    {
        var info = new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        // Pinned: Skia draws straight into the array, which then goes to the encoder without a copy.
        _pixels ??= GC.AllocateUninitializedArray<byte>(Width * Height * 4, pinned: true);
        var palette = new CardPalette();
        using (var surface = SKSurface.Create(info, Marshal.UnsafeAddrOfPinnedArrayElement(_pixels, 0), info.RowBytes)
            ?? throw new InvalidOperationException("Skia could not create a raster surface"))
        {
            var canvas = surface.Canvas;
            canvas.Clear(Background);
            palette.AddFlat(Background);

            DrawBands(canvas, card.Sdgs, palette);
            DrawLabel(canvas, card, palette);
            DrawTitle(canvas, card.Title, palette);
            DrawFooter(canvas, card, palette);
            canvas.Flush();
        }
        return IndexedPng.Encode(_pixels, Width, Height, palette);
    }

    private static void DrawBands(SKCanvas canvas, IReadOnlyList<int> sdgs, CardPalette palette)
    {
        using var paint = new SKPaint { IsAntialias = false, Style = SKPaintStyle.Fill };
        if (sdgs.Count == 0)
        {
            paint.Color = NoSdg;
            palette.AddFlat(NoSdg);
            canvas.DrawRect(0, 0, Width, BandHeight, paint);
            return;
        }
        // Whole-pixel band edges so the colours stay crisp and the bytes stable.
        for (var i = 0; i < sdgs.Count; i++)
        {
            var left = (float)Math.Round(i * (double)Width / sdgs.Count);
            var right = (float)Math.Round((i + 1) * (double)Width / sdgs.Count);
            paint.Color = SdgPalette.ColorFor(sdgs[i]);
            palette.AddFlat(paint.Color);
            canvas.DrawRect(left, 0, right - left, BandHeight, paint);
        }
    }

    private void DrawLabel(SKCanvas canvas, SocialCardInput card, CardPalette palette)
    {
        using var layout = new TextLayout(fonts, 28);
        palette.AddBlend(Background, Muted, 12);
        var site = layout.Fit(card.SiteName, 420);
        var siteWidth = layout.Measure(site);
        DrawText(canvas, layout, site, Width - Margin - siteWidth, 104, Muted);
        var types = string.Join(" · ", card.Types).ToUpperInvariant();
        if (types.Length > 0) DrawText(canvas, layout, layout.Fit(types, Width - 2 * Margin - siteWidth - 40), Margin, 104, Muted);
    }

    private void DrawTitle(SKCanvas canvas, string title, CardPalette palette)
    {
        palette.AddBlend(Background, Ink, 16);
        var maxWidth = Width - 2 * Margin;
        IReadOnlyList<string> lines = [];
        TextLayout? layout = null;
        try
        {
            foreach (var size in TitleSizes)
            {
                layout?.Dispose();
                layout = new TextLayout(fonts, size);
                var maxLines = (int)((TitleBottom - TitleTop) / (size * 1.2f));
                lines = layout.Wrap(title, maxWidth, maxLines, out var truncated);
                if (!truncated) break;
            }
            var baseline = TitleTop + layout!.Size;
            // Right-to-left titles are set flush right, as their readers expect, every line in the title's direction.
            var rightToLeft = BidiText.ParagraphIsRightToLeft(title);
            foreach (var line in lines)
            {
                var x = rightToLeft ? Width - Margin - layout.Measure(line) : Margin;
                DrawText(canvas, layout, line, x, baseline, Ink, rightToLeft);
                baseline += layout.Size * 1.2f;
            }
        }
        finally
        {
            layout?.Dispose();
        }
    }

    private void DrawFooter(SKCanvas canvas, SocialCardInput card, CardPalette palette)
    {
        const float chip = 56, gap = 8, chipTop = 536;
        var shown = card.Sdgs.Count > 8 ? card.Sdgs.Take(7).ToList() : card.Sdgs.ToList();
        var extra = card.Sdgs.Count - shown.Count;
        var chips = shown.Count + (extra > 0 ? 1 : 0);
        var chipsWidth = chips == 0 ? 0 : chips * chip + (chips - 1) * gap;
        var x = Width - Margin - chipsWidth;
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var numbers = new TextLayout(fonts, 26);
        foreach (var goal in shown)
        {
            paint.Color = SdgPalette.ColorFor(goal);
            palette.AddBlend(paint.Color, SKColors.White, 8);
            canvas.DrawRect(x, chipTop, chip, chip, paint);
            var label = goal.ToString(CultureInfo.InvariantCulture);
            DrawText(canvas, numbers, label, x + (chip - numbers.Measure(label)) / 2, chipTop + 38, SKColors.White);
            x += chip + gap;
        }
        if (extra > 0)
        {
            var label = "+" + extra.ToString(CultureInfo.InvariantCulture);
            DrawText(canvas, numbers, label, x + (chip - numbers.Measure(label)) / 2, chipTop + 38, Muted);
        }

        var facts = string.Join("  ·  ", new[] { string.Join(", ", card.Countries), card.Year?.ToString(CultureInfo.InvariantCulture) ?? "" }
            .Where(s => s.Length > 0));
        using var layout = new TextLayout(fonts, 32);
        if (facts.Length > 0) DrawText(canvas, layout, layout.Fit(facts, Width - 2 * Margin - chipsWidth - 32), Margin, chipTop + 40, Ink);
    }

    private static void DrawText(
        SKCanvas canvas, TextLayout layout, string text, float x, float y, SKColor color, bool? rightToLeft = null)
    {
        using var paint = new SKPaint { IsAntialias = true, Color = color };
        if (!TextShaper.NeedsShaping(text))
        {
            foreach (var run in layout.Runs(text))
            {
                var font = layout.FontFor(run.Typeface);
                canvas.DrawText(run.Text, x, y, SKTextAlign.Left, font, paint);
                x += font.MeasureText(run.Text);
            }
            return;
        }
        foreach (var (run, shaped) in layout.ShapedRuns(text, rightToLeft ?? BidiText.ParagraphIsRightToLeft(text)))
        {
            using var builder = new SKTextBlobBuilder();
            builder.AddPositionedRun(shaped.Glyphs, layout.FontFor(run.Typeface), shaped.Positions);
            using var blob = builder.Build();
            if (blob is not null) canvas.DrawText(blob, x, y, paint);
            x += shaped.Width;
        }
    }
}
