namespace SdgArchive.Map;

/// <summary>
/// The words the maps show, in the interface language (English by default; the site build fills them from
/// <c>templates/i18n</c>). <see cref="Documents"/> and <see cref="Places"/> give the plural form for a count.
/// </summary>
public sealed record MapText
{
    public static MapText English { get; } = new();

    public string FilterLabel { get; init; } = "Filter the map";
    public string Type { get; init; } = "Type";
    public string AllTypes { get; init; } = "All types";
    public string From { get; init; } = "From";
    public string To { get; init; } = "To";
    public string Goal { get; init; } = "Goal";
    public string AllGoals { get; init; } = "All goals";
    /// <summary>A goal in the filter list; <c>{0}</c> is its number, <c>{1}</c> its name.</summary>
    public string GoalOption { get; init; } = "{0}. {1}";
    /// <summary>A goal's official name in the interface language.</summary>
    public Func<int, string> GoalName { get; init; } = n => Model.SdgCatalog.Get(n).Name;
    public string ClearFilters { get; init; } = "Clear filters";
    public string ZoomIn { get; init; } = "Zoom in";
    public string ZoomOut { get; init; } = "Zoom out";
    public string ResetView { get; init; } = "Reset view";
    public string LegendTitle { get; init; } = "Countries shaded by number of documents:";
    public string LegendCircles { get; init; } = "Circle area is proportional to the number of documents at a place.";
    /// <summary>The legend's last class; <c>{0}</c> is its lower bound.</summary>
    public string OrMore { get; init; } = "{0} or more";
    public string Credit { get; init; } = WorldAtlas.Credit;
    public string CountriesCaption { get; init; } = "Documents by country";
    public string Country { get; init; } = "Country";
    public string DocumentsHeading { get; init; } = "Documents";
    public string PlacesCaption { get; init; } = "Places on the map";
    public string Place { get; init; } = "Place";
    public string LatLng { get; init; } = "Latitude, longitude";
    /// <summary>The world map's label; <c>{0}</c> a number of documents, <c>{1}</c> of places (both already worded).</summary>
    public string WorldMap { get; init; } = "World map: {0} at {1}";
    /// <summary>A locator map's label; <c>{0}</c> is the place.</summary>
    public string LocatorMap { get; init; } = "Locator map: {0}";
    /// <summary>What a collection's locator map shows; <c>{0}</c> is the collection's title.</summary>
    public string CollectionPlaces { get; init; } = "places of the documents in {0}";
    public Func<int, string> Documents { get; init; } = n => n == 1 ? "1 document" : $"{n} documents";
    public Func<int, string> Places { get; init; } = n => n == 1 ? "1 place" : $"{n} places";

    public string Fill(string text, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
            text = text.Replace("{" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}",
                Convert.ToString(values[i], System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return text;
    }
}
