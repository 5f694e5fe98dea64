namespace SdgArchive.SiteTests.Map;

/// <summary>
/// Five French documents made for the map: three East African countries close enough to group on a phone, a point at
/// 0,0 ("Null Island", in the Gulf of Guinea) given for Ghana, and Peru far away; built once with the interface in
/// <see cref="Language"/>.
/// </summary>
internal static class MapFixtureSite
{
    public const string Language = "fr";

    private static readonly Lazy<BuiltSite> Built = new(Build);

    public static BuiltSite Site => Built.Value;

    public const string NullIslandFile = "ghana-zero.txt";

    private static readonly
        (string File, string Title, string Country, string LatLng, string Type, int Year, int Sdg)[] Documents =
    [
        ("kenya.txt", "Eau potable dans les quartiers de Nairobi", "Kenya", "0.0236,37.9062", "solution", 2021, 6),
        ("ouganda.txt", "Écoles rurales et apprentissage en Ouganda", "Uganda", "1.3733,32.2903", "learningplan", 2022,
            4),
        ("rwanda.txt", "Marchés locaux et commerce au Rwanda", "Rwanda", "-1.9403,29.8739", "experiment", 2023, 8),
        (NullIslandFile, "Pêche artisanale sur la côte du Ghana", "Ghana", "0,0", "solution", 2020, 14),
        ("perou.txt", "Récoltes et climat dans les Andes du Pérou", "Peru", "-9.1544,-74.3781", "blog", 2019, 2),
    ];

    private static BuiltSite Build()
    {
        var source = TempFolder.Create("map-fixture");
        foreach (var d in Documents)
            File.WriteAllText(Path.Combine(source, d.File),
                $"# {d.Title}\n\n[[year:{d.Year}]]\n\n[[type:{d.Type}]]\n[[sdgs:{d.Sdg}]]\n" +
                $"[[country:{d.Country}]]\n[[latlng:{d.LatLng}]]\n\n" +
                "## Résumé\n\nCe document décrit le travail du laboratoire avec les habitants, les écoles et les " +
                "marchés de la région, ce qui a été appris et ce qui reste à faire l'année prochaine.\n");
        return BuiltSite.Build(source, o => o with { Content = Languages.InterfaceLanguageTests.ContentIn(Language) });
    }
}
