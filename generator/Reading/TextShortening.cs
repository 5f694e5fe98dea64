namespace SdgArchive.Reading;

/// <summary>Cuts text to a length at a word boundary and marks the cut with an ellipsis (titles, excerpts, descriptions).</summary>
public static class TextShortening
{
    public static string AtWordBoundary(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > max / 2 ? cut : max - 1)].TrimEnd(',', ';', ':', '.', ' ') + "…";
    }
}
