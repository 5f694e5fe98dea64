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
    private readonly Dictionary<SKColor, byte> _known = [];

    public IReadOnlyList<SKColor> Colours => _colours;

    /// <summary>A colour drawn without anti-aliasing (background, bands, chips): kept exactly. Returns its
    /// index.</summary>
    public byte AddFlat(SKColor colour) => Add(colour);

    /// <summary>
    /// Text of <paramref name="ink"/> on <paramref name="background"/>: both flat, and <paramref name="levels"/> − 1
    /// blends. Returns the index of each step, from the background (0) to the ink (<paramref name="levels"/>).
    /// </summary>
    public byte[] AddBlend(SKColor background, SKColor ink, int levels)
    {
        var steps = new byte[levels + 1];
        steps[0] = Add(background);
        steps[levels] = Add(ink);
        for (var level = 1; level < levels; level++)
            steps[level] = Add(Blend(background, ink, level / (double)levels));
        return steps;
    }

    /// <summary>Colour over background at the given coverage, rounded as the rasterizer rounds.</summary>
    public static SKColor Blend(SKColor background, SKColor ink, double coverage)
    {
        byte Channel(byte b, byte i) => (byte)Math.Round(b + (i - b) * coverage, MidpointRounding.AwayFromZero);
        return new SKColor(Channel(background.Red, ink.Red), Channel(background.Green, ink.Green), Channel(background.Blue, ink.Blue));
    }

    // Past 256 a colour is left out: the pixels that would have used it take the nearest one (a pair with fewer levels).
    private byte Add(SKColor colour)
    {
        var opaque = colour.WithAlpha(255);
        if (_known.TryGetValue(opaque, out var index)) return index;
        if (_colours.Count == MaxColours) return Nearest(opaque);
        index = (byte)_colours.Count;
        _known[opaque] = index;
        _colours.Add(opaque);
        return index;
    }

    /// <summary>Index of the palette colour nearest to <paramref name="colour"/>.</summary>
    private byte Nearest(SKColor colour)
    {
        int r = colour.Red, g = colour.Green, b = colour.Blue;
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
