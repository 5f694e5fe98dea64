namespace SdgArchive.Images;

/// <summary>One encoded size of an image, at <see cref="RelativePath"/> under the site root.</summary>
public sealed record ImageVariant(int Width, int Height, string Format, string RelativePath);

/// <summary>
/// An image as published: intrinsic size of the largest variant (for width/height attributes), WebP variants
/// and the same widths in the original format as a fallback. <see cref="Webp"/> is empty for GIFs, kept as they are (animation).
/// </summary>
public sealed record PublishedImage(string Name, int Width, int Height, IReadOnlyList<ImageVariant> Webp, IReadOnlyList<ImageVariant> Fallback)
{
    public ImageVariant Largest => Fallback[^1];
}
