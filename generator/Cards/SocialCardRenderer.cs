using System.Globalization;
using SkiaSharp;

namespace SdgArchive.Cards;

/// <summary>
/// Draws the 1200×630 Open Graph card of a document: SDG colour bands, type, title, country and year.
/// Thread-safe: every call draws on its own surface; the fonts are shared read-only.
/// </summary>
public sealed class SocialCardRenderer(FontChain fonts)
{
    /// <summary>Bump when the drawing changes, so cached cards are redrawn.</summary>
    public const string Version = "card-2";
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

    public byte[] Render(SocialCardInput card)
    {
        var info = new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("Skia could not create a raster surface");
        var canvas = surface.Canvas;
        canvas.Clear(Background);

        DrawBands(canvas, card.Sdgs);
        DrawLabel(canvas, card);
        DrawTitle(canvas, ArabicText.Shape(card.Title));
        DrawFooter(canvas, card);

        using var image = surface.Snapshot();
        using var pixmap = image.PeekPixels() ?? throw new InvalidOperationException("Skia raster image has no pixels");
        // Fixed encoder settings and no metadata (no time stamp): same pixels, same bytes.
        using var data = pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 6))
            ?? throw new InvalidOperationException("Skia could not encode the card as PNG");
        return data.ToArray();
    }

    private static void DrawBands(SKCanvas canvas, IReadOnlyList<int> sdgs)
    {
        using var paint = new SKPaint { IsAntialias = false, Style = SKPaintStyle.Fill };
        if (sdgs.Count == 0)
        {
            paint.Color = NoSdg;
            canvas.DrawRect(0, 0, Width, BandHeight, paint);
            return;
        }
        // Whole-pixel band edges so the colours stay crisp and the bytes stable.
        for (var i = 0; i < sdgs.Count; i++)
        {
            var left = (float)Math.Round(i * (double)Width / sdgs.Count);
            var right = (float)Math.Round((i + 1) * (double)Width / sdgs.Count);
            paint.Color = SdgPalette.ColorFor(sdgs[i]);
            canvas.DrawRect(left, 0, right - left, BandHeight, paint);
        }
    }

    private void DrawLabel(SKCanvas canvas, SocialCardInput card)
    {
        var layout = new TextLayout(fonts, 28);
        var site = layout.Fit(card.SiteName, 420);
        var siteWidth = layout.Measure(site);
        DrawText(canvas, site, Width - Margin - siteWidth, 104, layout.Size, Muted);
        var types = string.Join(" · ", card.Types).ToUpperInvariant();
        if (types.Length > 0) DrawText(canvas, layout.Fit(types, Width - 2 * Margin - siteWidth - 40), Margin, 104, layout.Size, Muted);
    }

    private void DrawTitle(SKCanvas canvas, string title)
    {
        var maxWidth = Width - 2 * Margin;
        IReadOnlyList<string> lines = [];
        float size = TitleSizes[^1];
        foreach (var candidate in TitleSizes)
        {
            size = candidate;
            var maxLines = (int)((TitleBottom - TitleTop) / (size * 1.2f));
            lines = new TextLayout(fonts, size).Wrap(title, maxWidth, maxLines, out var truncated);
            if (!truncated) break;
        }
        var baseline = TitleTop + size;
        var layout = new TextLayout(fonts, size);
        foreach (var line in lines)
        {
            // Right-to-left titles are set flush right, as their readers expect.
            var rightToLeft = line.FirstOrDefault(char.IsLetter) is var first && first != default && ArabicText.IsRightToLeft(first);
            DrawText(canvas, line, rightToLeft ? Width - Margin - layout.Measure(line) : Margin, baseline, size, Ink);
            baseline += size * 1.2f;
        }
    }

    private void DrawFooter(SKCanvas canvas, SocialCardInput card)
    {
        const float chip = 56, gap = 8, chipTop = 536;
        var shown = card.Sdgs.Count > 8 ? card.Sdgs.Take(7).ToList() : card.Sdgs.ToList();
        var extra = card.Sdgs.Count - shown.Count;
        var chips = shown.Count + (extra > 0 ? 1 : 0);
        var chipsWidth = chips == 0 ? 0 : chips * chip + (chips - 1) * gap;
        var x = Width - Margin - chipsWidth;
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        var numbers = new TextLayout(fonts, 26);
        foreach (var goal in shown)
        {
            paint.Color = SdgPalette.ColorFor(goal);
            canvas.DrawRect(x, chipTop, chip, chip, paint);
            var label = goal.ToString(CultureInfo.InvariantCulture);
            DrawText(canvas, label, x + (chip - numbers.Measure(label)) / 2, chipTop + 38, numbers.Size, SKColors.White);
            x += chip + gap;
        }
        if (extra > 0)
        {
            var label = "+" + extra.ToString(CultureInfo.InvariantCulture);
            DrawText(canvas, label, x + (chip - numbers.Measure(label)) / 2, chipTop + 38, numbers.Size, Muted);
        }

        var facts = string.Join("  ·  ", new[] { string.Join(", ", card.Countries), card.Year?.ToString(CultureInfo.InvariantCulture) ?? "" }
            .Where(s => s.Length > 0));
        var layout = new TextLayout(fonts, 32);
        if (facts.Length > 0) DrawText(canvas, layout.Fit(facts, Width - 2 * Margin - chipsWidth - 32), Margin, chipTop + 40, layout.Size, Ink);
    }

    private void DrawText(SKCanvas canvas, string text, float x, float baseline, float size, SKColor color)
    {
        using var paint = new SKPaint { IsAntialias = true, Color = color };
        foreach (var run in fonts.Runs(ArabicText.Visual(text)))
        {
            using var font = TextLayout.CardFont(run.Typeface, size);
            canvas.DrawText(run.Text, x, baseline, SKTextAlign.Left, font, paint);
            x += font.MeasureText(run.Text);
        }
    }
}
