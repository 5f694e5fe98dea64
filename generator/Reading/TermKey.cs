using System.Text;

namespace SdgArchive.Reading;

/// <summary>
/// The identity of a tag value: case, accents, punctuation and spacing folded away, so <c>Male</c>, <c>male</c>,
/// <c>male.</c> (and <c>economía</c>, <c>economia</c>, and an <c>í</c> written as i + combining accent) are one term,
/// while <c>Санкт-Петербург</c> or <c>R&amp;D</c> keep their letters, and <c>C++</c>, <c>C#</c> and <c>C</c> stay three
/// terms (see <see cref="SuffixSymbols"/>). Accents are folded by table because the generator
/// runs with invariant globalization, where <see cref="string.Normalize()"/> does nothing.
/// </summary>
public static class TermKey
{
    public static string Of(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var ch = value[i];
            if (LatinFold.Of(ch) is { } plain) builder.Append(plain.ToLowerInvariant());
            else if (char.IsLetterOrDigit(ch)) builder.Append(char.ToLowerInvariant(ch));
            else if (SuffixSymbols.Length(value, i) is var run and > 0)
            {
                builder.Append(value, i, run); // "C++" and "C#" are not "C"
                i += run - 1;
            }
        }
        // A value made only of punctuation keeps its own text so it never merges with everything else.
        return builder.Length > 0 ? builder.ToString() : value.Trim();
    }
}
