using System.Text.Json.Serialization;

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
    public string GoalOption { get; init; } = "{0} {1}";
    /// <summary>A goal's official name in the interface language.</summary>
    /// <remarks>
    /// The functions here are not serialized when the map page is keyed (a delegate is no data): the build makes them
    /// from interface strings that record each key they look up as read by the page or file being made.
    /// </remarks>
    [JsonIgnore] public Func<int, string> GoalName { get; init; } = n => Model.SdgCatalog.Get(n).Name;
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
    [JsonIgnore] public Func<int, string> Documents { get; init; } = n => n == 1 ? "1 document" : $"{n} documents";
    [JsonIgnore] public Func<int, string> Places { get; init; } = n => n == 1 ? "1 place" : $"{n} places";
    /// <summary>A type's name for the filter and the list ("Learning plan" for <c>learningplan</c>).</summary>
    [JsonIgnore] public Func<string, string> TypeName { get; init; } = Site.DocumentTypes.Name;

    /// <summary>Said of a point far from any country (SDG050), after its name in labels, tables and tooltips.</summary>
    public string Uncertain { get; init; } = "location uncertain";
    /// <summary>A place's label with the note; <c>{0}</c> is the place, <c>{1}</c> the note.</summary>
    public string UncertainPlace { get; init; } = "{0} ({1})";
    public string LegendUncertain { get; init; } =
        "Dashed hollow circle: location uncertain, the point given lies far from any country.";
    public string LegendCluster { get; init; } =
        "A circle with a number groups places too close to tap apart: select it to zoom in.";
    public string ListHeading { get; init; } = "Documents on the map";
    /// <summary>Under a list cut short: <c>{0}</c> documents shown of <c>{1}</c> (numbers).</summary>
    public string ListShowing { get; init; } = "Showing {0} of {1}.";
    public string ListAll { get; init; } = "Browse every document";
    /// <summary>The button that lengthens the list; <c>{0}</c> is how many more it shows.</summary>
    public string ScriptListMore { get; init; } = "Show {0} more";

    // The words map.js writes, handed over as data (see ScriptJson): the language for the browser's plural rules,
    // each count's plural forms with {count}, and sentences with {0}, {1} slots.
    public string Language { get; init; } = "en";
    public IReadOnlyDictionary<string, string> DocumentsForms { get; init; } =
        new Dictionary<string, string> { ["one"] = "{count} document", ["other"] = "{count} documents" };
    public IReadOnlyDictionary<string, string> PlacesForms { get; init; } =
        new Dictionary<string, string> { ["one"] = "{count} place", ["other"] = "{count} places" };
    /// <summary><c>{0}</c> documents and <c>{1}</c> places, both already worded.</summary>
    public string ScriptStatus { get; init; } = "{0} match the filters; {1} on the map.";
    public string ScriptMore { get; init; } = "and {0} more; follow the link for all.";
    public string ScriptView { get; init; } =
        "Map view. Plus and minus zoom, arrow keys pan, 0 resets; Tab moves between places.";
    /// <summary>A group of markers: <c>{0}</c> places, <c>{1}</c> documents (both worded), <c>{2}</c> names.</summary>
    public string ScriptCluster { get; init; } = "{0} close together ({2}), {1}: select to zoom in";
    public string ScriptEmpty { get; init; } = "No document matches the filters.";

    /// <summary>The script's words as the JSON block the page carries (the CSP allows no inline script).</summary>
    public string ScriptJson()
    {
        var strings = new SortedDictionary<string, object>(StringComparer.Ordinal)
        {
            ["lang"] = Language,
            ["documents"] = DocumentsForms,
            ["places"] = PlacesForms,
            ["status"] = ScriptStatus,
            ["more"] = ScriptMore,
            ["view"] = ScriptView,
            ["cluster"] = ScriptCluster,
            ["empty"] = ScriptEmpty,
            ["uncertain"] = Uncertain,
            ["uncertainPlace"] = UncertainPlace,
            ["showing"] = ListShowing,
            ["listMore"] = ScriptListMore,
        };
        return System.Text.Json.JsonSerializer.Serialize(strings, new System.Text.Json.JsonSerializerOptions
        {
            // Accents as written (readable, and what a test of the page's words finds); < > & still escaped.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        });
    }

    public string Fill(string text, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
            text = text.Replace("{" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}",
                Convert.ToString(values[i], System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return text;
    }
}
