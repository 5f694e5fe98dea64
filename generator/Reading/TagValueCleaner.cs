using System.Text.RegularExpressions;

namespace SdgArchive.Reading;

/// <summary>Cleans a tag value as written: entities, mojibake, stray spaces (<c>covid-19 , response</c>) and trailing <c>, . ;</c>.</summary>
public static partial class TagValueCleaner
{
    /// <summary>Keys whose values are sentences, not terms: their closing full stop is kept.</summary>
    public static readonly IReadOnlySet<string> ProseKeys = new HashSet<string>(StringComparer.Ordinal) { "ai_summary" };

    public static string Clean(string raw, bool isProse = false)
    {
        var text = TextRepair.Clean(raw);
        text = SpaceBeforeComma().Replace(text, ",");
        text = isProse ? text.TrimEnd(',', ';', ' ') : text.TrimEnd(',', '.', ';', ' ');
        return text.TrimStart(',', ';', ' ');
    }

    [GeneratedRegex(@"\s+,")]
    private static partial Regex SpaceBeforeComma();
}
