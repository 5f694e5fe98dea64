using SdgArchive.Model;

namespace SdgArchive.Site;

/// <summary>A country's place in the UN M49 standard, as codes: its region (Africa…), its sub-region (Eastern Africa…).</summary>
public sealed record CountryRegion(string Region, string SubRegion);

/// <summary>
/// The M49 region of each country of <c>Reading/Data/countries.tsv</c>, from <c>Site/Data/m49-regions.tsv</c>. The
/// countries index groups countries by it; names come from the interface strings (<c>region.002</c>…).
/// </summary>
public static class CountryRegions
{
    /// <summary>The five M49 regions in the standard's order; the countries index lists them so.</summary>
    public static IReadOnlyList<string> Regions { get; } = ["002", "019", "142", "150", "009"];

    private static readonly Lazy<Dictionary<string, CountryRegion>> Table = new(Load);

    /// <summary>The country's region; null only for a country the table lacks (a test keeps the tables whole).</summary>
    public static CountryRegion? Of(Country country) => Table.Value.GetValueOrDefault(country.IsoNumeric);

    private static Dictionary<string, CountryRegion> Load()
    {
        using var stream = typeof(CountryRegions).Assembly
            .GetManifestResourceStream("SdgArchive.Site.Data.m49-regions.tsv") ?? throw new InvalidOperationException("m49-regions.tsv is not embedded");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<string, CountryRegion>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            table[fields[0]] = new CountryRegion(fields[1], fields[2]);
        }
        return table;
    }
}
