using System.Text.RegularExpressions;
using SdgArchive.Model;

namespace SdgArchive.Reading;

/// <summary>Reads an <c>[[sdgs:…]]</c> value as a goal number: "3", "3. Good health…", "Goal 3", "SDG 3", or a goal's name.</summary>
public static partial class SdgParser
{
    public static int? Parse(string value)
    {
        var match = Number().Match(value);
        if (match.Success)
        {
            var number = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            return number is >= 1 and <= 17 ? number : null;
        }
        var key = TermKey.Of(value);
        foreach (var goal in SdgCatalog.Goals)
            if (TermKey.Of(goal.Name) == key) return goal.Number;
        return null;
    }

    [GeneratedRegex(@"^\s*(?:(?:sdg|goal)s?\s*[-#:]?\s*)?(\d{1,2})(?!\d)(?:\s*$|[\s.:)\-–])", RegexOptions.IgnoreCase)]
    private static partial Regex Number();
}
