namespace SdgArchive.Images;

/// <summary>
/// The library that decodes, orients, resizes and encodes document images. <see cref="ImageSharpCodec"/> is the
/// pipeline's; <see cref="SkiaImageCodec"/> is kept as the benchmark's reference (docs/benchmarks.md, images).
/// Implementations must be thread-safe and deterministic: the same bytes and variants give the same files.
/// </summary>
public interface IImageCodec
{
    /// <summary>A short name for benchmark tables and cache folders.</summary>
    string Name { get; }

    /// <summary>
    /// The header, or null with the reason in <paramref name="problem"/> (unknown format, damaged header). A GIF, which
    /// is published unchanged, has its first frame decoded too, so that a damaged one is reported instead of published.
    /// </summary>
    ImageHeader? Identify(byte[] bytes, out string? problem);

    /// <summary>
    /// Decodes once, applies the orientation, and encodes every variant (its width, height and format, "webp", "jpg"
    /// or "png"), in order. Null with the reason when the pixels cannot be decoded; never throws for bad input.
    /// </summary>
    IReadOnlyList<byte[]>? Encode(byte[] bytes, IReadOnlyList<ImageVariant> variants, ImageQuality quality, out string? problem);
}

/// <summary>Encoder settings both codecs honour, so their outputs are comparable.</summary>
public sealed record ImageQuality(int Webp, int Jpeg);
