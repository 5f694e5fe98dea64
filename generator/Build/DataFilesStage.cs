using SdgArchive.Browse;
using SdgArchive.Output;
using SdgArchive.Publishing;
using SdgArchive.Publishing.Citations;
using SdgArchive.Rendering;
using SdgArchive.Site;

namespace SdgArchive.Build;

/// <summary>
/// The write stage: the site's data files (documents.json and .csv, locations, the feed, the sitemap, robots.txt, each
/// document's citation files, the browse index).
/// </summary>
public static class DataFilesStage
{
    /// <summary>Writes them; <paramref name="pageUrls"/> are every page written or reused (the sitemap lists them). Returns how many files.</summary>
    public static int Run(SiteIndex index, ViewFactory views, StagingFolder output, IEnumerable<string> pageUrls)
    {
        var urls = index.Urls;
        var before = output.Files.Count;
        DocumentLists(index, views, output);
        output.WriteBytes(urls.FileFor(urls.Sitemap), Sitemap.Write(index.Settings, pageUrls));
        output.WriteText("robots.txt", Sitemap.RobotsTxt(index.Settings, urls));
        CitationFiles.Write(index, output);
        return output.Files.Count - before;
    }

    /// <summary>
    /// serve's refresh after an edit that keeps the document's place: the files that list every document, and the
    /// edited document's own. The sitemap and robots.txt list addresses, which such an edit does not change. Returns
    /// how many.
    /// </summary>
    public static int Refresh(SiteIndex index, ViewFactory views, StagingFolder output, SiteDocument edited)
    {
        var before = output.Files.Count;
        DocumentLists(index, views, output);
        CitationFiles.Write(index, edited, output);
        return output.Files.Count - before;
    }

    /// <summary>
    /// The files that list every document (each document's record is in them), made side by side: serve's refresh
    /// spent 350-770 ms of CPU on them at 10,000 documents, one after the other.
    /// </summary>
    private static void DocumentLists(SiteIndex index, ViewFactory views, StagingFolder output)
    {
        var urls = index.Urls;
        Parallel.Invoke(
            () => output.WriteBytes(urls.FileFor(urls.DocumentsJson), DocumentsJson.Write(index)),
            () => output.WriteBytes(urls.FileFor(urls.LocationsGeoJson), LocationsGeoJson.Write(index)),
            () => output.WriteBytes(urls.FileFor(urls.DocumentsCsv), DocumentsCsv.Write(index)),
            () => output.WriteBytes(urls.FileFor(urls.Feed), AtomFeed.Write(index)),
            () => output.WriteBytes(urls.FileFor(urls.BrowseJson), BrowseIndexJson.Write(index, views)));
    }
}
