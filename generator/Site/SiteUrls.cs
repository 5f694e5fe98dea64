namespace SdgArchive.Site;

/// <summary>Every page's address in one place, all under the base path, so a sub-path site (<c>/archive/</c>) just works.</summary>
public sealed class SiteUrls(string basePath)
{
    public string Base { get; } = basePath;

    public string Home => Base;
    public string Document(string slug) => $"{Base}documents/{slug}/";
    public string Taxonomy(Taxonomy taxonomy) => $"{Base}{taxonomy.Segment}/";
    public string Term(Taxonomy taxonomy, string termSlug, int page = 1) =>
        page <= 1 ? $"{Base}{taxonomy.Segment}/{termSlug}/" : $"{Base}{taxonomy.Segment}/{termSlug}/page/{page}/";
    public string Map => $"{Base}map/";
    public string About => $"{Base}about/";
    public string Search => $"{Base}search/";
    public string Feed => $"{Base}feed.xml";
    public string DocumentsJson => $"{Base}api/documents.json";
    public string BrowseJson => $"{Base}api/browse.json";
    public string DocumentsCsv => $"{Base}api/documents.csv";
    public string LocationsGeoJson => $"{Base}api/locations.geojson";
    public string Sitemap => $"{Base}sitemap.xml";

    /// <summary>The output file for a site-relative URL: <c>/archive/map/</c> → <c>map/index.html</c>.</summary>
    public string FileFor(string url)
    {
        var path = url.StartsWith(Base, StringComparison.Ordinal) ? url[Base.Length..] : url.TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
