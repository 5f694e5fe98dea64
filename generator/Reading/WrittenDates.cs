using System.Globalization;
using System.Text.RegularExpressions;

namespace SdgArchive.Reading;

/// <summary>
/// Dates the archive writes in words instead of ISO 8601 ("11 DE SEPTIEMBRE DE 2024", "September 11, 2024",
/// "11 septembre 2024"): English, Spanish, French and Portuguese month names.
/// </summary>
public static partial class WrittenDates
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    public static DateOnly? TryParse(string value)
    {
        var text = value.Trim().ToLowerInvariant();
        var dayFirst = DayFirst().Match(text);
        if (dayFirst.Success && Make(dayFirst.Groups["y"].Value, dayFirst.Groups["m"].Value, dayFirst.Groups["d"].Value) is { } a) return a;
        var monthFirst = MonthFirst().Match(text);
        if (monthFirst.Success && Make(monthFirst.Groups["y"].Value, monthFirst.Groups["m"].Value, monthFirst.Groups["d"].Value) is { } b) return b;
        return null;
    }

    private static DateOnly? Make(string year, string month, string day)
    {
        if (!Months.TryGetValue(month, out var m)) return null;
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
    }

    private static Dictionary<string, int> BuildMonths()
    {
        string[][] names =
        [
            ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
        ];
        var months = new Dictionary<string, int>(StringComparer.Ordinal) { ["setiembre"] = 9, ["fevrier"] = 2, ["aout"] = 8, ["decembre"] = 12, ["marco"] = 3 };
        foreach (var language in names)
            for (var i = 0; i < 12; i++) months.TryAdd(language[i], i + 1);
        return months;
    }

    [GeneratedRegex(@"^(?<d>\d{1,2})(?:er|º)?\s+(?:de\s+)?(?<m>\p{L}+)\s+(?:de\s+)?(?<y>\d{4})$")]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"^(?<m>\p{L}+)\s+(?<d>\d{1,2}),?\s+(?<y>\d{4})$")]
    private static partial Regex MonthFirst();
}
