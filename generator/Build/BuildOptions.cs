namespace SdgArchive.Build;

/// <summary>What <c>build</c> was asked to do. Paths are as given on the command line (relative to the working folder).</summary>
public sealed record BuildOptions
{
    public string Source { get; init; } = "seeds";
    public string Content { get; init; } = "content";
    public string Templates { get; init; } = "templates";
    public string Output { get; init; } = "public";
    /// <summary>Social cards, encoded images and the page manifest kept between builds, keyed by content hash.</summary>
    public string Cache { get; init; } = ".sdg-cache";
    public string? BaseUrl { get; init; }
    public bool Strict { get; init; }
    public bool Search { get; init; } = true;
    public bool Cards { get; init; } = true;
    public bool Verbose { get; init; }
    /// <summary>Reuse unchanged pages from the previous build (<c>--no-cache</c> turns it off).</summary>
    public bool UseCache { get; init; } = true;
    /// <summary>
    /// Write changed pages straight into the output folder instead of staging a new one (serve, after a document edit);
    /// not atomic, so <c>build</c> never sets it.
    /// </summary>
    public bool InPlace { get; init; }
    /// <summary>Adds the live-reload script (only the preview server sets this).</summary>
    public bool LiveReload { get; init; }
    /// <summary>Download remote images into the cache and publish them as local files (<c>--mirror-images</c>, or
    /// <c>mirrorImages</c> in site.json); <see cref="MirrorLimits"/> bound each download (its folder is set under <see cref="Cache"/>).</summary>
    public bool MirrorImages { get; init; }
    public Images.ImageMirrorOptions MirrorLimits { get; init; } = new();
}
