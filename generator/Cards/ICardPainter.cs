using SkiaSharp;

namespace SdgArchive.Cards;

/// <summary>
/// What a card is made of, as <see cref="SocialCardRenderer"/> lays it out: flat rectangles (bands, chips) and text of
/// one ink over one flat background. <see cref="IndexedCardPainter"/> turns these straight into palette indices;
/// <see cref="ReferenceCardPainter"/> draws them in full colour, the picture the indices must stay close to.
/// </summary>
public interface ICardPainter
{
    /// <summary>A flat colour on whole pixels, kept exactly.</summary>
    void FillRect(SKRectI rect, SKColor colour);

    /// <summary>Text of <paramref name="ink"/> over <paramref name="background"/> (the colour already under it),
    /// anti-aliased over <paramref name="levels"/> steps, the pen starting at (<paramref name="x"/>,
    /// <paramref name="baseline"/>).</summary>
    void DrawText(TextLayout layout, string text, float x, float baseline, SKColor ink, SKColor background, int levels,
        bool? rightToLeft = null);
}
