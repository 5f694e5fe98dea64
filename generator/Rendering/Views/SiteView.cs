namespace SdgArchive.Rendering.Views;

/// <summary>Site-wide values every template can use as <c>site.*</c>.</summary>
public sealed record SiteView(
    string Title,
    string Description,
    string Language,
    string Base,
    string HomeUrl,
    string MapUrl,
    string AboutUrl,
    string SearchUrl,
    string FeedUrl,
    string DocumentsJsonUrl,
    string LocationsUrl,
    IReadOnlyList<LinkView> Taxonomies,
    string StylesheetUrl,
    IReadOnlyList<string> ScriptUrls);
