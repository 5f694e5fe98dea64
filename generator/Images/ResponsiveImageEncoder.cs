using System.Globalization;
using System.Text;
using SdgArchive.Caching;

namespace SdgArchive.Images;

/// <summary>
/// Turns image bytes into content-named responsive variants in the output. Names hash the source bytes and the
/// encoder settings, so equal inputs give equal files, two documents sharing an image share its files, and the
/// encoded bytes can be reused from the cache on the next build.
/// </summary>
public sealed class ResponsiveImageEncoder(ImagePipelineOptions options, IOutputSink sink)
{
    /// <summary>
    /// The <c>images</c> kind of the store, entries named like the variant files: the name hashes the source bytes and
    /// every encoder setting, so one kind holds the variants of any codec and quality without a collision.
    /// </summary>
    private readonly StoreKind? _cache = options.CacheDirectory is null ? null
        : new ContentStore(options.CacheDirectory).Kind(StoreKindName);

    /// <summary>The store kind of encoded variants (pruned by the variants a build's output holds).</summary>
    public const string StoreKindName = "images";

    /// <summary>Null when the bytes are not an image the codec can decode (the reason in <paramref name="problem"/>).</summary>
    public PublishedImage? Publish(byte[] bytes, out string? problem)
    {
        var header = options.Codec.Identify(bytes, out problem);
        if (header is null) return null;
        var (width, height) = (header.Width, header.Height);
        if ((long)width * height > options.MaxPixels)
        {
            // A few hundred bytes can declare a 30,000 × 30,000 image: 3.6 GB of pixels. Refused before decoding.
            problem = string.Create(CultureInfo.InvariantCulture, $"{width} × {height} pixels is over the limit of {options.MaxPixels / 1_000_000} megapixels");
            return null;
        }
        var name = Name(bytes);

        if (header.Format == "gif")
        {
            var gif = new ImageVariant(width, height, "gif", VariantPath(name, width, "gif"));
            if (!sink.Exists(gif.RelativePath)) sink.Write(gif.RelativePath, bytes);
            return new PublishedImage(name, width, height, [], [gif]);
        }

        var fallbackFormat = header.Format == "jpg" ? "jpg" : "png";
        var widths = TargetWidths(width);
        var webp = widths.Select(w => new ImageVariant(w, ScaledHeight(width, height, w), "webp", VariantPath(name, w, "webp"))).ToList();
        var fallback = widths.Select(w => new ImageVariant(w, ScaledHeight(width, height, w), fallbackFormat, VariantPath(name, w, fallbackFormat))).ToList();
        var missing = webp.Concat(fallback).Where(v => !sink.Exists(v.RelativePath) && !FromCache(v)).ToList();
        if (missing.Count > 0)
        {
            var encoded = options.Codec.Encode(bytes, missing, new ImageQuality(options.WebpQuality, options.JpegQuality), out problem);
            if (encoded is null) return null;
            for (var i = 0; i < missing.Count; i++)
            {
                sink.Write(missing[i].RelativePath, encoded[i]);
                StoreInCache(missing[i], encoded[i]);
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

    private string Name(byte[] bytes)
    {
        // The codec's name and version too: another library gives other bytes, which must not take the old files' names.
        var codec = $"|{ImagePipelineOptions.EncoderVersion}|{options.Codec.Name}|{options.WebpQuality}|{options.JpegQuality}";
        return ContentHash.Of([.. bytes, .. Encoding.UTF8.GetBytes(codec)])[..16];
    }

    private string VariantPath(string name, int width, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"{options.MediaFolder.Trim('/')}/{name}-{width}.{extension}");

    private bool FromCache(ImageVariant variant)
    {
        if (_cache?.Read(System.IO.Path.GetFileName(variant.RelativePath)) is not { } cached) return false;
        sink.Write(variant.RelativePath, cached);
        return true;
    }

    private void StoreInCache(ImageVariant variant, byte[] bytes) =>
        _cache?.Write(System.IO.Path.GetFileName(variant.RelativePath), bytes);
}
