using SkiaSharp;

namespace SdgArchive.Cards;

/// <summary>
/// The colours a card can contain, at most 256, so it can be stored as an indexed PNG (one byte a pixel instead of
/// four). A card is flat colours plus anti-aliased text of one ink over one background, so every pixel is either a
/// flat colour or a blend of a known (background, ink) pair: the palette holds the flat colours exactly and each pair
/// at a few coverage levels. Measured on the benchmark cards: 32 levels for the title ink are indistinguishable from
/// the full 256 at 100 % zoom, and the file is a third of the RGBA PNG.
/// </summary>
public sealed class CardPalette
{
    public const int MaxColours = 256;
    private readonly List<SKColor> _colours = [];
    private readonly HashSet<SKColor> _known = [];

    public IReadOnlyList<SKColor> Colours => _colours;

    /// <summary>A colour drawn without anti-aliasing (background, bands, chips): kept exactly.</summary>
    public void AddFlat(SKColor colour) => TryAdd(colour);

    /// <summary>Text of <paramref name="ink"/> on <paramref name="background"/>: both flat, and <paramref name="levels"/> − 1 blends.</summary>
    public void AddBlend(SKColor background, SKColor ink, int levels)
    {
        TryAdd(background);
        TryAdd(ink);
        for (var level = 1; level < levels; level++)
            TryAdd(Blend(background, ink, level / (double)levels));
    }

    /// <summary>Colour over background at the given coverage, rounded as the rasterizer rounds.</summary>
    public static SKColor Blend(SKColor background, SKColor ink, double coverage)
    {
        byte Channel(byte b, byte i) => (byte)Math.Round(b + (i - b) * coverage, MidpointRounding.AwayFromZero);
        return new SKColor(Channel(background.Red, ink.Red), Channel(background.Green, ink.Green), Channel(background.Blue, ink.Blue));
    }

    // Past 256 a colour is left out: the pixels that would have used it take the nearest one (a pair with fewer levels).
    private void TryAdd(SKColor colour)
    {
        var opaque = colour.WithAlpha(255);
        if (_colours.Count < MaxColours && _known.Add(opaque)) _colours.Add(opaque);
    }

    /// <summary>Index of the palette colour nearest to an opaque RGBA pixel (red in the low byte).</summary>
    public byte Nearest(uint rgba)
    {
        int r = (int)(rgba & 0xFF), g = (int)((rgba >> 8) & 0xFF), b = (int)((rgba >> 16) & 0xFF);
        var best = 0;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < _colours.Count; i++)
        {
            var c = _colours[i];
            int dr = c.Red - r, dg = c.Green - g, db = c.Blue - b;
            // Weighted as the eye weighs the channels (green most, blue least), a cheap stand-in for a perceptual distance.
            var distance = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
            if (distance < bestDistance) { bestDistance = distance; best = i; }
        }
        return (byte)best;
    }
}
