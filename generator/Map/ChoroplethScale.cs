namespace SdgArchive.Map;

/// <summary>
/// Fixed classes for shading countries by document count (fixed so the legend means the same on every build).
/// Colours run light to dark blue; each class differs from unshaded land and borders are drawn, and the table below
/// the map carries the same numbers, so colour is never the only cue.
/// </summary>
public static class ChoroplethScale
{
    /// <summary>Lower bounds of the classes.</summary>
    public static readonly int[] Breaks = [1, 5, 20, 50, 100];
    public static readonly string[] Colours = ["#c6dbef", "#85bcdb", "#4292c6", "#1f66a8", "#08306b"];

    public static int ClassOf(int count)
    {
        var cls = 0;
        for (var i = 0; i < Breaks.Length; i++) if (count >= Breaks[i]) cls = i;
        return cls;
    }

    public static string Label(int cls, string orMore = "{0} or more") =>
        cls == Breaks.Length - 1 ? orMore.Replace("{0}", Breaks[cls].ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) : Breaks[cls] == Breaks[cls + 1] - 1 ? $"{Breaks[cls]}" : $"{Breaks[cls]}–{Breaks[cls + 1] - 1}";
}
