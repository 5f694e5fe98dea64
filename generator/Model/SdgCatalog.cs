namespace SdgArchive.Model;

/// <summary>The 17 goals as the UN names and colours them.</summary>
public static class SdgCatalog
{
    // Text colour picked per background so contrast is at least 4.5:1 (checked in SdgCatalogTests).
    public static readonly IReadOnlyList<SustainableDevelopmentGoal> Goals =
    [
        Goal(1, "No poverty", "#E5233B"),
        Goal(2, "Zero hunger", "#DDA839"),
        Goal(3, "Good health and well-being", "#4D9F39"),
        Goal(4, "Quality education", "#C5182D"),
        Goal(5, "Gender equality", "#FF3B21"),
        Goal(6, "Clean water and sanitation", "#25BDE2"),
        Goal(7, "Affordable and clean energy", "#FCC30C"),
        Goal(8, "Decent work and economic growth", "#A21842"),
        Goal(9, "Industry, innovation and infrastructure", "#FD6924"),
        Goal(10, "Reduced inequalities", "#DD1267"),
        Goal(11, "Sustainable cities and communities", "#FD9D25"),
        Goal(12, "Responsible consumption and production", "#BE8B2F"),
        Goal(13, "Climate action", "#3F7E44"),
        Goal(14, "Life below water", "#0C97D9"),
        Goal(15, "Life on land", "#56C02A"),
        Goal(16, "Peace, justice and strong institutions", "#02689D"),
        Goal(17, "Partnerships for the goals", "#18486A"),
    ];

    public static SustainableDevelopmentGoal Get(int number) => Goals[number - 1];

    private static SustainableDevelopmentGoal Goal(int number, string name, string colour) =>
        new(number, name, colour, ColourContrast.BestTextOn(colour));
}
