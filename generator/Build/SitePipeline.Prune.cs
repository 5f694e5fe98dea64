using SdgArchive.Caching;
using SdgArchive.Images;

namespace SdgArchive.Build;

/// <summary>The content store a build reads and fills, and its pruning after a successful full build.</summary>
public sealed partial class SitePipeline
{
    /// <summary>Whether the last <see cref="Build()"/> read every document and succeeded: only then it may prune.
    /// </summary>
    private bool _prunable;

    /// <summary>Social cards, encoded images and read documents kept between builds, by content hash.</summary>
    public ContentStore Store { get; } = new(options.Cache);

    /// <summary>
    /// After a successful full <see cref="Build()"/> (not a no-change replay, not serve's refresh, not a failed build):
    /// deletes the store entries it did not use. The encoded images it used are the variants its output holds (a page
    /// reused from the last build keeps its images without asking the store). Null when this build may not prune;
    /// <paramref name="lease"/>, the caller's shared lease on the store, is given back first.
    /// </summary>
    public StorePruning? PruneStore(StoreLease? lease)
    {
        if (!_prunable) return null;
        _prunable = false;
        var media = Path.Combine(options.Output, new ImagePipelineOptions().MediaFolder);
        var images = Store.Kind(ResponsiveImageEncoder.StoreKindName);
        if (Directory.Exists(media))
            foreach (var file in Directory.EnumerateFiles(media, "*", new EnumerationOptions
                     { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }))
                images.Keep(Path.GetFileName(file));
        return Store.Prune(lease);
    }
}
