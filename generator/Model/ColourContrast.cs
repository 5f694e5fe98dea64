using System.Globalization;

namespace SdgArchive.Model;

/// <summary>WCAG 2.x relative luminance and contrast ratio.</summary>
public static class ColourContrast
{
    public static double Ratio(string hexA, string hexB)
    {
        var (a, b) = (Luminance(hexA), Luminance(hexB));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>White or near-black, whichever contrasts more with the background.</summary>
    public static string BestTextOn(string background) =>
        Ratio(background, "#FFFFFF") >= Ratio(background, "#111111") ? "#FFFFFF" : "#111111";

    public static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(0) + 0.7152 * Channel(2) + 0.0722 * Channel(4);
    }
}
