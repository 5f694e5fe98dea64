using SdgArchive.Caching;
using SdgArchive.Cards;
using SdgArchive.Diagnostics;
using SdgArchive.I18n;
using SdgArchive.Images;
using SdgArchive.Map;
using SdgArchive.Output;
using SdgArchive.Rendering;
using SdgArchive.Rendering.Views;
using SdgArchive.Site;
using SdgArchive.Fragments;

namespace SdgArchive.Build;

/// <summary>What the render stage needs; one per build (and one per serve refresh, sharing the parsed templates).</summary>
public sealed record RenderContext(
    SiteIndex Index, ViewFactory Views, PageJobs Jobs, MarkdownRenderer Markdown, TemplateEngine Engine, SiteView Site, PageSink Pages,
    StagingFolder Output, LinkChecker Links, BuildCache Cache, DiagnosticBag Diagnostics, SiteMaps? Maps, AssetPipeline Assets,
    SocialCards? Cards, Func<DiagnosticBag, InputLog, DocumentImages> ImagesFor, string MediaUrl, string SourceFolder, string ContentFolder,
    ImageMirror? Mirror)
{
    /// <summary>
    /// A context rendering into <paramref name="output"/>; document images resolve from the source, then the content folder,
    /// and remote ones from <paramref name="mirror"/> when images are mirrored.
    /// </summary>
    public static RenderContext Create(BuildOptions options, SiteIndex index, MarkdownRenderer markdown, TemplateEngine engine, SiteView site,
        AssetPipeline assets, SiteMaps? maps, StagingFolder output, LinkChecker links, BuildCache cache, DiagnosticBag diagnostics, SocialCards? cards,
        ImageMirror? mirror, InterfaceStrings strings)
    {
        var imageOptions = new ImagePipelineOptions { BaseUrl = index.Settings.BaseUrl, CacheDirectory = options.Cache, Mirror = mirror };
        var imagePipeline = new ImagePipeline(imageOptions, new StagingOutputSink(output));
        var thumbnails = new CardThumbnails(imageOptions, imagePipeline.Sink, options.Source, options.Content);
        var views = new ViewFactory(index, markdown, strings: strings, thumbnails: thumbnails);
        // The shared inputs pages record reading (see InputLog), at their hashes now: every template, every asset's
        // URL, every interface string, the atlas shapes and the locator maps' words.
        engine.Register(cache.Inputs);
        assets.Register(cache.Inputs);
        strings.Register(cache.Inputs);
        if (maps is not null)
        {
            cache.Inputs.Set(SiteMaps.AtlasInput, maps.AtlasHash);
            cache.Inputs.Set(SiteMaps.LocatorWordsInput, maps.LocatorWordsHash);
        }
        return new RenderContext(index, views, new PageJobs(index, views), markdown, engine, site,
            new PageSink(new PageRenderer(engine, site), output, links, diagnostics),
            output, links, cache, diagnostics, maps, assets, cards,
            (bag, reads) => new DocumentImages(imagePipeline, options.Source, options.Content, bag, options.Source.TrimEnd('/', '\\'), reads),
            $"{index.Settings.BaseUrl}{imageOptions.MediaFolder.Trim('/')}/", options.Source, options.Content, mirror);
    }
}
