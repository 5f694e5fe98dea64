namespace SdgArchive.Images;

/// <summary>
/// The document whose HTML is rewritten: its path relative to <paramref name="ContentRoot"/> (relative image paths resolve
/// from its folder, then from the content root, then from <paramref name="SharedRoot"/> such as the site's content/ folder)
/// and, optionally, its source text so warnings can name a line. <paramref name="DisplayRoot"/> prefixes paths in warnings.
/// <paramref name="Reads"/>, when given, records every file looked for (found or not) for the build cache.
/// </summary>
public sealed record ImageContext(string DocumentPath, string ContentRoot, string? DocumentSource = null, string? SharedRoot = null,
    string DisplayRoot = "", Caching.InputLog? Reads = null)
{
    /// <summary>The document's images as the reader found them in its syntax tree: where each one stands in the source.</summary>
    public IReadOnlyList<Model.DocumentImage> Images { get; init; } = [];

    private string? _loaded;

    public string DisplayPath => DisplayRoot.Length == 0 ? DocumentPath : DisplayRoot.TrimEnd('/') + "/" + DocumentPath;

    /// <summary>
    /// Reads the source text when <see cref="DocumentSource"/> is not given: the build keeps documents without their
    /// text, and only an image that gets a warning needs it (to name the line).
    /// </summary>
    public Func<string?>? LoadSource { get; init; }

    public string? SourceText => DocumentSource ?? (_loaded ??= LoadSource?.Invoke());
}

/// <summary>The rewritten HTML and every image that was published for it.</summary>
public sealed record ImageRewrite(string Html, IReadOnlyList<PublishedImage> Images);
