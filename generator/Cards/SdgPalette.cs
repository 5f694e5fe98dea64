using SkiaSharp;

namespace SdgArchive.Cards;

/// <summary>The official colours of the 17 Sustainable Development Goals.</summary>
public static class SdgPalette
{
    private static readonly string[] Hex =
    [
        "#E5233B", "#DDA839", "#4D9F39", "#C5182D", "#FF3B21", "#25BDE2", "#FCC30C", "#A21842", "#FD6924",
        "#DD1267", "#FD9D25", "#BE8B2F", "#3F7E44", "#0C97D9", "#56C02A", "#02689D", "#18486A",
    ];

    /// <summary>"#3F7E44" for goal 13; throws for numbers outside 1–17 (the reader already rejected those).</summary>
    public static string HexFor(int goal) => goal is >= 1 and <= 17
        ? Hex[goal - 1]
        : throw new ArgumentOutOfRangeException(nameof(goal), goal, "SDGs are numbered 1 to 17");

    public static SKColor ColorFor(int goal) => SKColor.Parse(HexFor(goal));
}
