using System.Globalization;
using System.Text.RegularExpressions;

namespace SdgArchive.Reading;

/// <summary>
/// Reads the written-out dates some blog exports carry instead of ISO 8601 (<c>11 DE SEPTIEMBRE DE 2024</c>,
/// <c>3 March 2021</c>, <c>March 3, 2021</c>) in English, Spanish, French and Portuguese.
/// </summary>
public static partial class LongDate
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7,
        ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["enero"] = 1, ["febrero"] = 2, ["marzo"] = 3, ["abril"] = 4, ["mayo"] = 5, ["junio"] = 6, ["julio"] = 7,
        ["agosto"] = 8, ["septiembre"] = 9, ["setiembre"] = 9, ["octubre"] = 10, ["noviembre"] = 11, ["diciembre"] = 12,
        ["janvier"] = 1, ["fevrier"] = 2, ["mars"] = 3, ["avril"] = 4, ["mai"] = 5, ["juin"] = 6, ["juillet"] = 7,
        ["aout"] = 8, ["septembre"] = 9, ["octobre"] = 10, ["novembre"] = 11, ["decembre"] = 12,
        ["janeiro"] = 1, ["fevereiro"] = 2, ["marco"] = 3, ["maio"] = 5, ["junho"] = 6, ["julho"] = 7,
        ["setembro"] = 9, ["outubro"] = 10, ["dezembro"] = 12,
    };

    public static DateOnly? TryParse(string value)
    {
        var text = LatinFold.Fold(value).ToLowerInvariant();
        var match = DayMonthYear().Match(text);
        string day, month, year;
        if (match.Success) (day, month, year) = (match.Groups["d"].Value, match.Groups["m"].Value, match.Groups["y"].Value);
        else if ((match = MonthDayYear().Match(text)).Success) (day, month, year) = (match.Groups["d"].Value, match.Groups["m"].Value, match.Groups["y"].Value);
        else return null;
        if (!Months.TryGetValue(month, out var m)) return null;
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        return d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
    }

    [GeneratedRegex(@"^\s*(?<d>\d{1,2})(?:st|nd|rd|th|er)?\s+(?:de\s+)?(?<m>[a-z]+)\s*,?\s+(?:de\s+|del\s+)?(?<y>\d{4})\s*$")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^\s*(?<m>[a-z]+)\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(?<y>\d{4})\s*$")]
    private static partial Regex MonthDayYear();
}
