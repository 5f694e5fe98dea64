using System.Globalization;
using System.Text;

namespace SdgArchive.Reading;

/// <summary>
/// The identity of a tag value: case, punctuation and spacing folded away, so <c>Male</c>, <c>male</c> and
/// <c>male.</c> are one term while <c>Санкт-Петербург</c> or <c>R&amp;D</c> keep their letters.
/// </summary>
public static class TermKey
{
    public static string Of(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var ch in value.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(ch)) builder.Append(char.ToLowerInvariant(ch));
        }
        // A value made only of punctuation keeps its own text so it never merges with everything else.
        return builder.Length > 0 ? builder.ToString() : value.Trim();
    }
}
