using System.Globalization;
using System.Text;
using SdgArchive.Model;

namespace SdgArchive.Reading;

/// <summary>Canonical country names and the archive's aliases for them (East Timor → Timor-Leste), from <c>Data/countries.tsv</c>.</summary>
public static class CountryCatalog
{
    private static readonly Lazy<(IReadOnlyList<Country> All, Dictionary<string, Country> ByKey)> Table = new(Load);

    public static IReadOnlyList<Country> All => Table.Value.All;

    public static Country? Find(string name) =>
        Table.Value.ByKey.TryGetValue(Key(name), out var country) ? country : null;

    /// <summary>Letters and digits only, lower case, accents removed: "Côte d'Ivoire" and "Cote dIvoire" meet.</summary>
    private static string Key(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var ch in name)
        {
            if (LatinFold.Of(ch) is { } plain) builder.Append(plain.ToLowerInvariant());
            else if (char.IsLetterOrDigit(ch)) builder.Append(char.ToLowerInvariant(ch));
        }
        var key = builder.ToString();
        return key.StartsWith("the", StringComparison.Ordinal) && key.Length > 6 && !key.StartsWith("thailand", StringComparison.Ordinal)
            ? key[3..] : key;
    }

    private static (IReadOnlyList<Country>, Dictionary<string, Country>) Load()
    {
        using var stream = typeof(CountryCatalog).Assembly.GetManifestResourceStream("SdgArchive.Reading.Data.countries.tsv")
            ?? throw new InvalidOperationException("countries.tsv is not embedded");
        using var reader = new StreamReader(stream);
        var all = new List<Country>();
        var byKey = new Dictionary<string, Country>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            var country = new Country(fields[1], fields[0]);
            all.Add(country);
            byKey[Key(country.Name)] = country;
            if (fields.Length > 2)
                foreach (var alias in fields[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    byKey.TryAdd(Key(alias), country);
        }
        return (all.OrderBy(c => c.Name, StringComparer.Ordinal).ToList(), byKey);
    }
}
