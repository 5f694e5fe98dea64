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
    IReadOnlyList<string> ScriptUrls)
{
    /// <summary>The list of every document (<c>/documents/</c>).</summary>
    public string DocumentsUrl { get; init; } = "";
    public string DocumentsCsvUrl { get; init; } = "";
    /// <summary>The listing's filter script, loaded by listing pages only.</summary>
    public string BrowseScriptUrl { get; init; } = "";
    /// <summary>The collections index, or empty when the content has no collections.</summary>
    public string CollectionsUrl { get; init; } = "";
}
