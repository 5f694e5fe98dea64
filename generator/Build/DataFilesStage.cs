using SdgArchive.Output;
using SdgArchive.Publishing;
using SdgArchive.Site;

namespace SdgArchive.Build;

/// <summary>The write stage: the site's data files (documents.json, locations, the feed, the sitemap, robots.txt).</summary>
public static class DataFilesStage
{
    /// <summary>Writes them; <paramref name="pageUrls"/> are every page written or reused (the sitemap lists them). Returns how many files.</summary>
    public static int Run(SiteIndex index, StagingFolder output, IEnumerable<string> pageUrls)
    {
        var urls = index.Urls;
        output.WriteBytes(urls.FileFor(urls.DocumentsJson), DocumentsJson.Write(index));
        output.WriteBytes(urls.FileFor(urls.LocationsGeoJson), LocationsGeoJson.Write(index));
        output.WriteBytes(urls.FileFor(urls.Feed), AtomFeed.Write(index));
        output.WriteBytes(urls.FileFor(urls.Sitemap), Sitemap.Write(index.Settings, pageUrls));
        output.WriteText("robots.txt", Sitemap.RobotsTxt(index.Settings, urls));
        return 5;
    }
}
