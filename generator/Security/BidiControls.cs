namespace SdgArchive.Security;

/// <summary>
/// The invisible characters that reorder text as it is displayed: embeddings and overrides (U+202A–U+202E), isolates
/// (U+2066–U+2069) and the marks (U+200E, U+200F, U+061C). In a title or a tag value one of them makes a country
/// written <c>\u202Eecnarf</c> display as "france", in the page, the lists, the feed and the search index alike. The
/// real archive has none in titles or tags; they are removed there, with a warning (see the readers of titles and
/// tags). Running text keeps its marks: they are how mixed right-to-left text is written.
/// </summary>
public static class BidiControls
{
    public static bool Is(char c) => c is '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>The text without them (the same instance when it has none); <paramref name="removed"/> says how many went.</summary>
    public static string Remove(string text, out int removed)
    {
        removed = 0;
        foreach (var c in text) if (Is(c)) removed++;
        if (removed == 0) return text;
        return string.Create(text.Length - removed, text, static (span, source) =>
        {
            var n = 0;
            foreach (var c in source) if (!Is(c)) span[n++] = c;
        });
    }

    /// <summary>The warning's wording, shared by titles and tags.</summary>
    public static string Message(string what, int removed) =>
        $"{what} held {removed} invisible bidirectional control character{(removed == 1 ? "" : "s")} (U+202A–U+202E, U+2066–U+2069, "
        + "U+200E/F): removed, as they can make it display as other text (\"\u202Eecnarf\" shows as \"france\")";
}
