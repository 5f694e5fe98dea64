namespace SdgArchive.Images;

/// <summary>
/// The document whose HTML is rewritten: its path relative to <paramref name="ContentRoot"/> (relative image paths resolve
/// from its folder, then from the content root) and, optionally, its source text so warnings can name a line.
/// </summary>
public sealed record ImageContext(string DocumentPath, string ContentRoot, string? DocumentSource = null);

/// <summary>The rewritten HTML and every image that was published for it.</summary>
public sealed record ImageRewrite(string Html, IReadOnlyList<PublishedImage> Images);
