using System.Globalization;

namespace SdgArchive.Browse;

/// <summary>
/// Addresses of the listing pages. The first page of the whole list, newest first, is <c>/documents/</c>; every other
/// page lives under <c>/browse/</c>, where no document slug can collide with it (<c>/documents/page/</c> could be a
/// document's page).
/// </summary>
public sealed class BrowseUrls(string basePath)
{
    public string Documents => $"{basePath}documents/";

    public string Page(string? facetSegment, string? termSlug, BrowseSort sort, int page)
    {
        if (facetSegment is null && sort == BrowseSort.Newest && page <= 1) return Documents;
        var list = facetSegment is null ? $"{basePath}browse/all/" : $"{basePath}browse/{facetSegment}/{termSlug}/";
        return page <= 1 ? $"{list}{sort.Segment}/" : $"{list}{sort.Segment}/page/{page.ToString(CultureInfo.InvariantCulture)}/";
    }
}
