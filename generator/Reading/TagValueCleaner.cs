using System.Text.RegularExpressions;

namespace SdgArchive.Reading;

/// <summary>Cleans a tag value as written: entities, mojibake, stray spaces (<c>covid-19 , response</c>) and trailing <c>, . ;</c>.</summary>
public static partial class TagValueCleaner
{
    public static string Clean(string raw)
    {
        var text = TextRepair.Clean(raw);
        text = SpaceBeforeComma().Replace(text, ",");
        return text.TrimEnd(',', '.', ';', ' ').TrimStart(',', ';', ' ');
    }

    [GeneratedRegex(@"\s+,")]
    private static partial Regex SpaceBeforeComma();
}
