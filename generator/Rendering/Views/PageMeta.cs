namespace SdgArchive.Rendering.Views;

/// <summary>What the layout needs to know about any page: head metadata, breadcrumbs and pagination links.</summary>
public sealed record PageMeta(
    string Title,
    string Description,
    string Url,
    string CanonicalUrl,
    IReadOnlyList<LinkView> Breadcrumbs,
    string OgType = "website",
    string? OgImage = null,
    string? PrevUrl = null,
    string? NextUrl = null,
    string Kind = "page",
    bool Searchable = false)
{
    /// <summary>Further <c>&lt;meta name&gt;</c> tags for the head (a document's Highwire citation tags).</summary>
    public IReadOnlyList<MetaTagView> HeadTags { get; init; } = [];
}
