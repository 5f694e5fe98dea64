using SdgArchive.Caching;
using SdgArchive.Build;
using SdgArchive.Diagnostics;
using SdgArchive.Reading;
using SdgArchive.Site;
using SdgArchive.SiteTests.Support;

namespace SdgArchive.SiteTests.Cache;

/// <summary>A project in a temp folder (its own documents, cache and output) that a test builds again and again.</summary>
internal sealed class CacheProject
{
    public string Source { get; } = TempFolder.Create("cache-source");
    public string Output { get; } = TempFolder.Create("cache-out");
    public string CacheFolder { get; } = TempFolder.Create("cache-cache");
    public string Templates { get; set; } = RepoPaths.Templates;
    /// <summary>A copy, so a test can change the settings or touch a file in place.</summary>
    public string Content { get; } = TempFolder.CopyOf(RepoPaths.Content, "cache-content");

    /// <summary>The first <paramref name="count"/> real archive pages (sorted by name), so documents share terms and relate to each other.</summary>
    public static CacheProject FromCorpus(int count)
    {
        var project = new CacheProject();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.RequireCorpus()).Order(StringComparer.Ordinal).Take(count))
            File.Copy(file, Path.Combine(project.Source, Path.GetFileName(file)));
        return project;
    }

    public BuildResult Build(Func<BuildOptions, BuildOptions>? configure = null, string? output = null)
    {
        var options = new BuildOptions
        {
            Source = Source, Content = Content, Templates = Templates, Output = output ?? Output, Cache = CacheFolder,
            Search = false, Cards = false,
        };
        var result = new SitePipeline(configure is null ? options : configure(options)).Build();
        Assert.That(result.Succeeded, Is.True, string.Join('\n', result.Diagnostics.Sorted()));
        return result;
    }

    /// <summary>serve's builder on this project: documents kept in memory, pages written into <see cref="Output"/> in place.</summary>
    public SdgArchive.Serve.PipelineSiteBuilder ServeBuilder() => new(new BuildOptions
    {
        Source = Source, Content = Content, Templates = Templates, Output = Output, Cache = CacheFolder,
    });

    /// <summary>
    /// Changes an input no page shows (a stray file in a copy of the content folder), so the next build cannot skip
    /// everything and goes through the page cache.
    /// </summary>
    public void TouchContent()
    {
        File.WriteAllText(Path.Combine(Content, "touched.txt"), Guid.NewGuid().ToString());
    }

    /// <summary>The enriched index of the documents as they are now (what the expected sets are computed from).</summary>
    public SiteIndex Index() => new(ArchiveReader.ReadFolder(Source, new DiagnosticBag()), SiteSettings.Load(Content, new DiagnosticBag()));

    public string FileOf(SiteDocument document) => Path.Combine(Source, document.Source.SourcePath);

    public static Dictionary<string, string> Hashes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
            f => ContentHash.Of(File.ReadAllBytes(f)));
}
