using System.Globalization;
using SkiaSharp;

namespace SdgArchive.Cards;

/// <summary>
/// Draws the 1200×630 Open Graph card of a document: SDG colour bands, type, title, country and year.
/// Thread-safe: each thread paints into its own buffers (<see cref="IndexedCardPainter"/>, allocated once per thread,
/// not per card); the fonts are shared read-only. Stored as an indexed PNG (<see cref="IndexedPng"/>) with the colours
/// the drawing used.
/// </summary>
public sealed class SocialCardRenderer(FontChain fonts)
{
    /// <summary>Bump when the drawing or the encoding changes (the bytes), so cached cards are redrawn: a warm build
    /// must write the bytes a cold one writes. `card-8`: zlib level 2 instead of 4, same pixels.</summary>
    public const string Version = "card-8";
    public const int Width = 1200;
    public const int Height = 630;

    public static readonly SKColor Background = SKColor.Parse("#FFFFFF");
    private static readonly SKColor Ink = SKColor.Parse("#1A1A1A");
    private static readonly SKColor Muted = SKColor.Parse("#4A5560");
    private static readonly SKColor NoSdg = SKColor.Parse("#2C3E50");

    private const float Margin = 72;
    private const int BandHeight = 28;
    private const float TitleTop = 168;
    private const float TitleBottom = 500;
    private static readonly float[] TitleSizes = [68, 60, 52];

    // Anti-aliasing steps per text colour: 16 for the title (32 looked the same at 100 % and cost 1.7 KiB a card),
    // fewer for the smaller label and the chips' numbers.
    private const int InkLevels = 16;
    private const int MutedLevels = 12;
    private const int ChipLevels = 8;

    public byte[] Render(SocialCardInput card)
    {
        var painter = IndexedCardPainter.Start(Width, Height, Background);
        Paint(card, painter);
        return IndexedPng.Encode(painter.Rows, Width, Height, painter.Palette);
    }

    /// <summary>The card in full colour, each text blended by Skia: what <see cref="Render"/> approximates with its
    /// palette. For tests; dispose the painter after reading its bitmap.</summary>
    public ReferenceCardPainter RenderReference(SocialCardInput card)
    {
        var painter = new ReferenceCardPainter(Width, Height, Background);
        Paint(card, painter);
        return painter;
    }

    private void Paint(SocialCardInput card, ICardPainter painter)
    {
        PaintBands(painter, card.Sdgs);
        PaintLabel(painter, card);
        PaintTitle(painter, card.Title);
        PaintFooter(painter, card);
    }

    private static void PaintBands(ICardPainter painter, IReadOnlyList<int> sdgs)
    {
        if (sdgs.Count == 0)
        {
            painter.FillRect(new SKRectI(0, 0, Width, BandHeight), NoSdg);
            return;
        }
        // Whole-pixel band edges so the colours stay crisp and the bytes stable.
        for (var i = 0; i < sdgs.Count; i++)
        {
            var left = (int)Math.Round(i * (double)Width / sdgs.Count);
            var right = (int)Math.Round((i + 1) * (double)Width / sdgs.Count);
            painter.FillRect(new SKRectI(left, 0, right, BandHeight), SdgPalette.ColorFor(sdgs[i]));
        }
    }

    private void PaintLabel(ICardPainter painter, SocialCardInput card)
    {
        using var layout = new TextLayout(fonts, 28);
        var site = layout.Fit(card.SiteName, 420);
        var siteWidth = layout.Measure(site);
        painter.DrawText(layout, site, Width - Margin - siteWidth, 104, Muted, Background, MutedLevels);
        var types = string.Join(" · ", card.Types).ToUpperInvariant();
        if (types.Length > 0)
            painter.DrawText(layout, layout.Fit(types, Width - 2 * Margin - siteWidth - 40), Margin, 104, Muted,
                Background, MutedLevels);
    }

    private void PaintTitle(ICardPainter painter, string title)
    {
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
                painter.DrawText(layout, line, x, baseline, Ink, Background, InkLevels, rightToLeft);
                baseline += layout.Size * 1.2f;
            }
        }
        finally
        {
            layout?.Dispose();
        }
    }

    private void PaintFooter(ICardPainter painter, SocialCardInput card)
    {
        const int chip = 56, gap = 8, chipTop = 536;
        var shown = card.Sdgs.Count > 8 ? card.Sdgs.Take(7).ToList() : card.Sdgs.ToList();
        var extra = card.Sdgs.Count - shown.Count;
        var chips = shown.Count + (extra > 0 ? 1 : 0);
        var chipsWidth = chips == 0 ? 0 : chips * chip + (chips - 1) * gap;
        var x = Width - (int)Margin - chipsWidth;
        using var numbers = new TextLayout(fonts, 26);
        foreach (var goal in shown)
        {
            var colour = SdgPalette.ColorFor(goal);
            painter.FillRect(new SKRectI(x, chipTop, x + chip, chipTop + chip), colour);
            var label = goal.ToString(CultureInfo.InvariantCulture);
            painter.DrawText(numbers, label, x + (chip - numbers.Measure(label)) / 2, chipTop + 38, SKColors.White,
                colour, ChipLevels);
            x += chip + gap;
        }
        if (extra > 0)
        {
            var label = "+" + extra.ToString(CultureInfo.InvariantCulture);
            painter.DrawText(numbers, label, x + (chip - numbers.Measure(label)) / 2, chipTop + 38, Muted, Background,
                MutedLevels);
        }

        var facts = string.Join("  ·  ", new[] { string.Join(", ", card.Countries), card.Year?.ToString(CultureInfo.InvariantCulture) ?? "" }
            .Where(s => s.Length > 0));
        using var layout = new TextLayout(fonts, 32);
        if (facts.Length > 0)
            painter.DrawText(layout, layout.Fit(facts, Width - 2 * Margin - chipsWidth - 32), Margin, chipTop + 40, Ink,
                Background, InkLevels);
    }
}
