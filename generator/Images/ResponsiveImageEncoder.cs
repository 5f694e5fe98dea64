using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SkiaSharp;

namespace SdgArchive.Images;

/// <summary>
/// Turns image bytes into content-named responsive variants in the output. Names hash the source bytes and the
/// encoder settings, so equal inputs give equal files, two documents sharing an image share its files, and the
/// encoded bytes can be reused from the cache on the next build.
/// </summary>
public sealed class ResponsiveImageEncoder(ImagePipelineOptions options, IOutputSink sink)
{
    private readonly string? _cache = options.CacheDirectory is null ? null
        : System.IO.Path.Combine(options.CacheDirectory, "images", $"{ImagePipelineOptions.EncoderVersion}-w{options.WebpQuality}-j{options.JpegQuality}");

    /// <summary>Null when the bytes are not an image Skia can decode.</summary>
    public PublishedImage? Publish(byte[] bytes, out string? problem)
    {
        problem = null;
        using var codec = SKCodec.Create(new SKMemoryStream(bytes));
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0) { problem = "not an image format that can be decoded"; return null; }
        var name = Name(bytes);
        var (width, height) = (codec.Info.Width, codec.Info.Height);

        if (codec.EncodedFormat == SKEncodedImageFormat.Gif)
        {
            var gif = new ImageVariant(width, height, "gif", VariantPath(name, width, "gif"));
            if (!sink.Exists(gif.RelativePath)) sink.Write(gif.RelativePath, bytes);
            return new PublishedImage(name, width, height, [], [gif]);
        }

        var fallbackFormat = codec.EncodedFormat == SKEncodedImageFormat.Jpeg ? "jpg" : "png";
        var widths = TargetWidths(width);
        var webp = widths.Select(w => new ImageVariant(w, ScaledHeight(width, height, w), "webp", VariantPath(name, w, "webp"))).ToList();
        var fallback = widths.Select(w => new ImageVariant(w, ScaledHeight(width, height, w), fallbackFormat, VariantPath(name, w, fallbackFormat))).ToList();
        var missing = webp.Concat(fallback).Where(v => !sink.Exists(v.RelativePath) && !FromCache(v)).ToList();
        if (missing.Count > 0)
        {
            using var bitmap = SKBitmap.Decode(codec, codec.Info.WithColorType(SKColorType.Rgba8888).WithAlphaType(SKAlphaType.Premul));
            if (bitmap is null) { problem = "the image data is damaged and cannot be decoded"; return null; }
            foreach (var group in missing.GroupBy(v => v.Width))
            {
                using var scaled = group.Key == width ? null
                    : bitmap.Resize(new SKImageInfo(group.Key, group.First().Height, SKColorType.Rgba8888, SKAlphaType.Premul),
                        new SKSamplingOptions(SKCubicResampler.Mitchell));
                using var pixmap = (scaled ?? bitmap).PeekPixels();
                foreach (var variant in group)
                {
                    using var data = Encode(pixmap, variant.Format);
                    if (data is null) { problem = $"could not encode a {variant.Format} variant"; return null; }
                    var encoded = data.ToArray();
                    sink.Write(variant.RelativePath, encoded);
                    StoreInCache(variant, encoded);
                }
            }
        }
        return new PublishedImage(name, fallback[^1].Width, fallback[^1].Height, webp, fallback);
    }

    /// <summary>The configured widths below the image's own, plus its own width when it is not wider than the largest: never upscaled.</summary>
    internal IReadOnlyList<int> TargetWidths(int width)
    {
        var targets = options.Widths.Where(w => w > 0 && w < width).Distinct().Order().ToList();
        if (targets.Count == 0 || width <= options.Widths.Max()) targets.Add(width);
        return targets;
    }

    private static int ScaledHeight(int width, int height, int targetWidth) =>
        Math.Max(1, (int)Math.Round(height * (double)targetWidth / width, MidpointRounding.AwayFromZero));

    private SKData? Encode(SKPixmap pixmap, string format) => format switch
    {
        "webp" => pixmap.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, options.WebpQuality)),
        "jpg" => pixmap.Encode(new SKJpegEncoderOptions(options.JpegQuality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore)),
        _ => pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 6)),
    };

    private string Name(byte[] bytes)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(bytes);
        hash.AppendData(Encoding.UTF8.GetBytes($"|{ImagePipelineOptions.EncoderVersion}|{options.WebpQuality}|{options.JpegQuality}"));
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private string VariantPath(string name, int width, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"{options.MediaFolder.Trim('/')}/{name}-{width}.{extension}");

    private bool FromCache(ImageVariant variant)
    {
        if (_cache is null) return false;
        var cached = System.IO.Path.Combine(_cache, System.IO.Path.GetFileName(variant.RelativePath));
        if (!File.Exists(cached)) return false;
        sink.Write(variant.RelativePath, File.ReadAllBytes(cached));
        return true;
    }

    private void StoreInCache(ImageVariant variant, byte[] bytes)
    {
        if (_cache is null) return;
        Directory.CreateDirectory(_cache);
        var cached = System.IO.Path.Combine(_cache, System.IO.Path.GetFileName(variant.RelativePath));
        var temporary = cached + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, cached, overwrite: true);
    }
}
