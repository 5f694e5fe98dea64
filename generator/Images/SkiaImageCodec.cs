using SkiaSharp;

namespace SdgArchive.Images;

/// <summary>
/// The same job through SkiaSharp (native Skia, libjpeg-turbo, libwebp), the pipeline's library before ImageSharp.
/// Kept as the reference the image benchmark measures ImageSharp against (docs/benchmarks.md); social cards use
/// SkiaSharp for text, which ImageSharp cannot draw here.
/// </summary>
public sealed class SkiaImageCodec : IImageCodec
{
    public static SkiaImageCodec Instance { get; } = new();

    public string Name => "SkiaSharp 4.154.0";

    public ImageHeader? Identify(byte[] bytes, out string? problem)
    {
        problem = null;
        using var codec = SKCodec.Create(new SKMemoryStream(bytes));
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0) { problem = "not an image format that can be decoded"; return null; }
        var format = codec.EncodedFormat switch
        {
            SKEncodedImageFormat.Jpeg => "jpg", SKEncodedImageFormat.Png => "png", SKEncodedImageFormat.Gif => "gif",
            SKEncodedImageFormat.Webp => "webp", SKEncodedImageFormat.Bmp => "bmp", _ => null,
        };
        if (format is null) { problem = $"{codec.EncodedFormat} images are not published"; return null; }
        if (format == "gif")
        {
            using var frame = SKBitmap.Decode(codec);
            if (frame is null) { problem = "the image data is damaged and cannot be decoded"; return null; }
        }
        var turned = (int)codec.EncodedOrigin >= 5;
        return new ImageHeader(format, turned ? codec.Info.Height : codec.Info.Width, turned ? codec.Info.Width : codec.Info.Height);
    }

    public IReadOnlyList<byte[]>? Encode(byte[] bytes, IReadOnlyList<ImageVariant> variants, ImageQuality quality, out string? problem)
    {
        problem = null;
        using var codec = SKCodec.Create(new SKMemoryStream(bytes));
        if (codec is null) { problem = "not an image format that can be decoded"; return null; }
        using var decoded = SKBitmap.Decode(codec, codec.Info.WithColorType(SKColorType.Rgba8888).WithAlphaType(SKAlphaType.Premul));
        if (decoded is null) { problem = "the image data is damaged and cannot be decoded"; return null; }
        using var oriented = Orient(decoded, codec.EncodedOrigin);
        var bitmap = oriented ?? decoded;
        var encoded = new byte[variants.Count][];
        foreach (var group in variants.Select((v, i) => (Variant: v, Index: i)).GroupBy(v => (v.Variant.Width, v.Variant.Height)))
        {
            var (width, height) = group.Key;
            using var scaled = width == bitmap.Width && height == bitmap.Height ? null
                : bitmap.Resize(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul), new SKSamplingOptions(SKCubicResampler.Mitchell));
            using var pixmap = (scaled ?? bitmap).PeekPixels();
            foreach (var (variant, index) in group)
            {
                using var data = variant.Format switch
                {
                    "webp" => pixmap.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, quality.Webp)),
                    "jpg" => pixmap.Encode(new SKJpegEncoderOptions(quality.Jpeg, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore)),
                    _ => pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 6)),
                };
                if (data is null) { problem = $"could not encode a {variant.Format} variant"; return null; }
                encoded[index] = data.ToArray();
            }
        }
        return encoded;
    }

    /// <summary>The bitmap turned and mirrored as its EXIF origin says (x' = a·x + b·y + c, y' = d·x + e·y + f); null when upright.</summary>
    private static SKBitmap? Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft) return null;
        float w = source.Width, h = source.Height;
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            _ => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1), // LeftBottom
        };
        var turned = (int)origin >= 5;
        var result = new SKBitmap(new SKImageInfo(turned ? source.Height : source.Width, turned ? source.Width : source.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(result);
        canvas.SetMatrix(matrix);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        return result;
    }
}
