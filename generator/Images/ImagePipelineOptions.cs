namespace SdgArchive.Images;

/// <summary>How document images are published. Defaults suit the archive's single text column.</summary>
public sealed record ImagePipelineOptions
{
    /// <summary>The site's base path, ending in "/" ("/" or "/archive/"); every generated URL starts with it.</summary>
    public string BaseUrl { get; init; } = "/";
    /// <summary>Folder under the site root for generated image files.</summary>
    public string MediaFolder { get; init; } = "media";
    /// <summary>Responsive widths; images narrower than a width are never scaled up (their own width is used instead).</summary>
    public IReadOnlyList<int> Widths { get; init; } = [480, 960, 1440];
    /// <summary>The layout width the browser uses to pick a variant.</summary>
    public string Sizes { get; init; } = "(max-width: 960px) 100vw, 960px";
    public int WebpQuality { get; init; } = 80;
    public int JpegQuality { get; init; } = 82;
    /// <summary>
    /// The cache folder (<c>.sdg-cache/</c>) whose content store keeps encoded variants between builds (kind
    /// <c>images</c>); null disables the cache.
    /// </summary>
    public string? CacheDirectory { get; init; }

    /// <summary>The library that decodes and encodes; the benchmark swaps in <see cref="SkiaImageCodec"/>.</summary>
    public IImageCodec Codec { get; init; } = ImageSharpCodec.Instance;
    /// <summary>
    /// Larger images are refused before decoding (SDG070). 50 megapixels holds any camera photo the archive could
    /// carry (a 12 MP phone photo is 4032 × 3024) and bounds one decode to 200 MB of pixels.
    /// </summary>
    public long MaxPixels { get; init; } = 50_000_000;

    /// <summary>When set (<c>--mirror-images</c>), remote images are downloaded and published like local ones.</summary>
    public ImageMirror? Mirror { get; init; }

    /// <summary>Part of every cache key: bump when encoding changes.</summary>
    public const string EncoderVersion = "img-2";
}
