using SdgArchive.Map;

namespace SdgArchive.I18n;

/// <summary>The maps' words (the page's markup and the words <c>map.js</c> writes) from the interface strings.</summary>
public static class MapStrings
{
    public static MapText Text(InterfaceStrings s) => new()
    {
        FilterLabel = s.Text("map.filter_label"),
        Type = s.Text("document.type"),
        AllTypes = s.Text("map.all_types"),
        From = s.Text("map.from"),
        To = s.Text("map.to"),
        Goal = s.Text("map.goal"),
        AllGoals = s.Text("map.all_goals"),
        GoalOption = s.Text("map.goal_option"),
        GoalName = s.Goal,
        ClearFilters = s.Text("map.clear_filters"),
        ZoomIn = s.Text("map.zoom_in"),
        ZoomOut = s.Text("map.zoom_out"),
        ResetView = s.Text("map.reset_view"),
        LegendTitle = s.Text("map.legend_title"),
        LegendCircles = s.Text("map.legend_circles"),
        OrMore = s.Text("map.or_more"),
        Credit = s.Text("map.credit"),
        CountriesCaption = s.Text("map.countries_caption"),
        Country = s.Text("map.country"),
        DocumentsHeading = s.Text("map.documents"),
        PlacesCaption = s.Text("map.places_caption"),
        Place = s.Text("map.place"),
        LatLng = s.Text("map.lat_lng"),
        WorldMap = s.Text("map.world_label"),
        LocatorMap = s.Text("map.locator_label"),
        CollectionPlaces = s.Text("map.collection_places"),
        Documents = n => s.Count("map.count_documents", n),
        Places = n => s.Count("map.count_places", n),
        TypeName = s.Type,
        Uncertain = s.Text("map.uncertain"),
        UncertainPlace = s.Text("map.uncertain_place"),
        LegendUncertain = s.Text("map.legend_uncertain"),
        LegendCluster = s.Text("map.legend_cluster"),
        ListHeading = s.Text("map.list_heading"),
        ListShowing = s.Text("map.list_showing"),
        ListAll = s.Text("map.list_all"),
        ScriptListMore = s.Text("map.js_list_more"),
        Language = s.Language,
        DocumentsForms = Forms(s, "map.count_documents"),
        PlacesForms = Forms(s, "map.count_places"),
        ScriptStatus = s.Text("map.js_status"),
        ScriptMore = s.Text("map.js_more"),
        ScriptView = s.Text("map.js_view"),
        ScriptCluster = s.Text("map.js_cluster"),
        ScriptEmpty = s.Text("map.js_empty"),
    };

    // The script picks a form with Intl.PluralRules(lang); forms with {count} are filled there.
    private static Dictionary<string, string> Forms(InterfaceStrings s, string key) =>
        new[] { "zero", "one", "two", "few", "many", "other" }
            .Select(category => (category, text: s.PluralForm(key, category)))
            .Where(f => f.text is not null).ToDictionary(f => f.category, f => f.text!, StringComparer.Ordinal);
}
