using SdgArchive.Browse;
using SdgArchive.Caching;
using SdgArchive.Publishing;
using SdgArchive.Publishing.Citations;
using SdgArchive.Rendering.Jobs;
using SdgArchive.Site;

namespace SdgArchive.Build;

/// <summary>
/// The write stage: the site's data files (documents.json and .csv, locations, the feed, the browse index, the map's
/// list, the sitemap, robots.txt, each document's citation files, each collection's feed). Each is keyed like a page,
/// by what it is made from serialized whole, and reused from the last output while that is unchanged.
/// </summary>
public static class DataFilesStage
{
    /// <summary>
    /// Writes (or reuses) them; <paramref name="pageUrls"/> are every page written or reused (the sitemap lists them).
    /// Returns how many files.
    /// </summary>
    public static int Run(RenderContext c, IEnumerable<string> pageUrls)
    {
        var index = c.Index;
        var urls = index.Urls;
        var output = c.Output;
        var before = output.Files.Count;
        DocumentLists(c);
        // The rest of the map's document list, fetched by map.js only when the filters or "show more" need it.
        // Its type names are looked up while it is written, from strings that record each key read.
        if (c.Maps is { } maps)
        {
            var list = maps.ListInputs();
            WriteKeyed(c, urls.FileFor(Map.SiteMaps.ListUrl(urls.Map)), PageKey.For(c.Cache.Fingerprint, list),
                reads => (list with { Text = I18n.MapStrings.Text(c.Views.Strings.RecordingInto(reads)) }).Write());
        }
        var sitemap = new SitemapInputs(index.Settings,
            pageUrls.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());
        WriteKeyed(c, urls.FileFor(urls.Sitemap), PageKey.For(c.Cache.Fingerprint, sitemap),
            _ => Sitemap.Write(index.Settings, sitemap.PageUrls));
        WriteKeyed(c, "robots.txt", PageKey.For(c.Cache.Fingerprint, new RobotsInputs(index.Settings)),
            _ => System.Text.Encoding.UTF8.GetBytes(Sitemap.RobotsTxt(index.Settings, urls)));
        Parallel.ForEach(index.Documents, document => Citations(c, document));
        return output.Files.Count - before;
    }

    /// <summary>
    /// serve's refresh after an edit that keeps the document's place: the files that list every document, and the
    /// edited document's own. The sitemap and robots.txt list addresses, which such an edit does not change. Returns
    /// how many.
    /// </summary>
    public static int Refresh(RenderContext c, SiteDocument edited)
    {
        var before = c.Output.Files.Count;
        DocumentLists(c);
        Citations(c, edited);
        return c.Output.Files.Count - before;
    }

    /// <summary>
    /// The collections' feeds, each keyed by its <see cref="CollectionFeed"/> (serialized whole) and kept while that is
    /// unchanged: made with the collections' pages, which the render stage renders.
    /// </summary>
    internal static void CollectionFeeds(RenderContext c, IEnumerable<CollectionFeed> feeds)
    {
        foreach (var feed in feeds)
            WriteKeyed(c, feed.File, PageKey.For(c.Cache.Fingerprint, feed), _ => feed.Write());
    }

    /// <summary>
    /// A document's three citation files, made from its <see cref="Citation"/> alone: keyed by it (serialized whole)
    /// and kept while it is unchanged. Formatting all 30,000 files again and comparing them with the old ones took
    /// ~1.8 s of CPU in a one-edit build at 10,000 documents.
    /// </summary>
    private static void Citations(RenderContext c, SiteDocument document)
    {
        var citation = Citation.For(document, c.Index.Settings);
        WriteKeyed(c, CitationFiles.PathsFor(c.Index, document), PageKey.For(c.Cache.Fingerprint, citation),
            _ => CitationFiles.Make(citation));
    }

    /// <summary>
    /// The files that list every document (each document's record is in them), made side by side: serve's refresh
    /// spent 350-770 ms of CPU on them at 10,000 documents, one after the other. Their key is the settings (the feed's
    /// size is not in the fingerprint) and every document's <see cref="DocumentRecord"/>; browse.json's also every
    /// card, which it shows.
    /// </summary>
    private static void DocumentLists(RenderContext c)
    {
        var index = c.Index;
        var urls = index.Urls;
        var records = PageKey.For(c.Cache.Fingerprint,
            new DocumentRecords(index.Settings, index.Documents.Select(DocumentRecord.Of).ToList()));
        var cards = PageKey.For(c.Cache.Fingerprint,
            new DocumentCards(index.Documents.Select(c.Views.Summary).ToList()));
        string Key(string file, params string[] parts) => ContentHash.OfParts([file, .. parts]);
        Parallel.Invoke(
            () => WriteKeyed(c, urls.FileFor(urls.DocumentsJson), Key("documents.json", records),
                _ => DocumentsJson.Write(index)),
            () => WriteKeyed(c, urls.FileFor(urls.LocationsGeoJson), Key("locations", records),
                _ => LocationsGeoJson.Write(index)),
            () => WriteKeyed(c, urls.FileFor(urls.DocumentsCsv), Key("documents.csv", records),
                _ => DocumentsCsv.Write(index)),
            () => WriteKeyed(c, urls.FileFor(urls.Feed), Key("feed", records), _ => AtomFeed.Write(index)),
            () => WriteKeyed(c, urls.FileFor(urls.BrowseJson), Key("browse.json", records, cards),
                _ => BrowseIndexJson.Write(index, c.Views)));
    }

    /// <summary>
    /// Writes a data file, unless the last build made it from the same <paramref name="key"/> and what it read then
    /// is unchanged, and it is still in the output it replaces: then it is linked from there. Recorded in the build
    /// state like a page, with what <paramref name="make"/> noted reading.
    /// </summary>
    private static void WriteKeyed(RenderContext c, string file, string key, Func<InputLog, byte[]> make) =>
        WriteKeyed(c, [file], key, reads => [make(reads)]);

    /// <summary>
    /// Files made together from one key (a document's citation files): recorded under the first, the others as the
    /// files it brings, all kept or all written. What making them reported (a map word no strings file has) is
    /// recorded with them and reported again when they are kept.
    /// </summary>
    private static void WriteKeyed(RenderContext c, IReadOnlyList<string> files, string key,
        Func<InputLog, IReadOnlyList<byte[]>> make)
    {
        if (c.Cache.TryReuse(c.Output.Target, files[0], key, out var previous)
            && previous.Files.All(c.Output.Reuse) && c.Output.Reuse(files[0]))
        {
            RenderStage.Replay(c, files[0], previous);
            return;
        }
        var reads = new InputLog();
        var made = make(reads);
        var stamp = c.Output.WriteBytes(files[0], made[0]); // the files are recorded under the first
        for (var i = 1; i < files.Count; i++) c.Output.WriteBytes(files[i], made[i]);
        var reported = reads.Reported();
        c.Diagnostics.AddRange(reported);
        c.Cache.Record(files[0], new CachedOutput
        {
            Key = key, Length = stamp.Length, Modified = stamp.Modified, Hash = stamp.Hash, Inputs = reads.Snapshot(),
            Files = files.Skip(1).ToList(), Diagnostics = reported.Select(CachedDiagnostic.From).ToList(),
        });
    }

    private sealed record DocumentRecords(SiteSettings Settings, IReadOnlyList<SiteDocument> Records);
    private sealed record DocumentCards(IReadOnlyList<Rendering.Views.DocumentSummaryView> Cards);
    private sealed record SitemapInputs(SiteSettings Settings, IReadOnlyList<string> PageUrls);
    private sealed record RobotsInputs(SiteSettings Settings);
}
