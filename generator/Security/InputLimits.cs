namespace SdgArchive.Security;

/// <summary>
/// Sizes past which a document is almost certainly an export error or an attack on the build. Going over a limit
/// gives a warning (so <c>--strict</c> fails); the document is still published.
/// </summary>
public sealed record InputLimits
{
    /// <summary>The real archive has pages of several MB (embedded base64 images); 8 MB is well past them.</summary>
    public long MaxDocumentBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Past this a file is not read at all (the 8 MB warning above is for files still published).</summary>
    public long MaxReadBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>Real documents carry a few dozen tags; each distinct value becomes a page.</summary>
    public int MaxTags { get; init; } = 500;

    /// <summary>
    /// A tag value that names a term (country, method, theme…) becomes a page, a link and a card line; the archive's
    /// longest is 75 characters. A 20 KB country name stalled the social card.
    /// </summary>
    public int MaxTermLength { get; init; } = 200;

    /// <summary>Values that are sentences or addresses (<c>ai_summary</c>, <c>source</c>…): the archive's longest is 791.</summary>
    public int MaxTagTextLength { get; init; } = 8000;

    /// <summary>
    /// Lists, quotes, brackets or emphasis inside each other. Markdig gives up at 128 blocks (64 lists: a list and its
    /// item are two) or about 128 inline levels; the archive's deepest real nesting is a handful of levels.
    /// </summary>
    public int MaxNestingDepth { get; init; } = 32;

    public static InputLimits Default { get; } = new();
}
