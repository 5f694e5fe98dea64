namespace SdgArchive.Reading;

/// <summary>
/// The symbols that change what a word means when they end it: <c>+</c> and <c>#</c> in <c>C++</c>, <c>C#</c>,
/// <c>A+</c>, <c>F#</c>. Punctuation elsewhere (<c>covid-19 , response</c>, <c>#hashtag</c>, <c>health+education</c>)
/// is spacing and stays folded away; these are kept in a term's identity and spelled out in its slug
/// (<c>c-plus-plus</c>, <c>c-sharp</c>), so the three terms never share a page.
/// </summary>
public static class SuffixSymbols
{
    /// <summary>
    /// The length of the run of <c>+</c>/<c>#</c> at <paramref name="i"/> when it ends a word (after a letter or digit,
    /// not followed by one); else 0.
    /// </summary>
    public static int Length(string text, int i)
    {
        if (i == 0 || !char.IsLetterOrDigit(text[i - 1])) return 0;
        var end = i;
        while (end < text.Length && text[end] is '+' or '#') end++;
        return end > i && (end == text.Length || !char.IsLetterOrDigit(text[end])) ? end - i : 0;
    }

    /// <summary>The text with each such run spelled out in words ("C++" → "C plus plus", "C#" → "C sharp").</summary>
    public static string SpellOut(string text)
    {
        if (text.IndexOfAny(['+', '#']) < 0) return text;
        var builder = new System.Text.StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var run = Length(text, i);
            if (run == 0) { builder.Append(text[i]); continue; }
            for (var k = i; k < i + run; k++) builder.Append(text[k] == '+' ? " plus" : " sharp");
            builder.Append(' ');
            i += run - 1;
        }
        return builder.ToString();
    }
}
