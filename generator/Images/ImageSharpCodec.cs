using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Bmp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.Metadata;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace SdgArchive.Images;

/// <summary>
/// Document images through SixLabors.ImageSharp (pure managed code): decode, EXIF orientation, Mitchell resize,
/// WebP/JPEG/PNG encode. Only the formats a browser shows are read (PNG, JPEG, GIF, WebP, BMP): TIFF, TGA and PBM
/// would widen what hostile bytes can reach for no page that could use them.
/// </summary>
public sealed class ImageSharpCodec(bool skiaWebp = false) : IImageCodec
{
    /// <summary>
    /// One image is worked on by one thread: the build already runs documents in parallel, and a fixed degree keeps
    /// the output independent of the core count. The pool is capped because its retained arrays count as the build's
    /// peak memory (the default keeps up to an eighth of physical memory).
    /// </summary>
    private static readonly Configuration Library = new(new PngConfigurationModule(), new JpegConfigurationModule(),
        new GifConfigurationModule(), new WebpConfigurationModule(), new BmpConfigurationModule())
    {
        MaxDegreeOfParallelism = 1,
        MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions { MaximumPoolSizeMegabytes = 64 }),
    };

    public static ImageSharpCodec Instance { get; } = new();

    /// <summary>ImageSharp for everything but the WebP encoder, which is Skia's libwebp (the benchmark's third contender).</summary>
    public static ImageSharpCodec WithSkiaWebp { get; } = new(skiaWebp: true);

    public string Name => skiaWebp ? "ImageSharp 2.1.13 + SkiaSharp WebP" : "ImageSharp 2.1.13";

    public ImageHeader? Identify(byte[] bytes, out string? problem)
    {
        problem = null;
        try
        {
            var info = Image.Identify(Library, bytes, out var format);
            if (info is null || format is null || info.Width <= 0 || info.Height <= 0)
            {
                problem = "not an image format that can be decoded";
                return null;
            }
            // GIFs are published as they are (animation): decoding the first frame is their only check.
            if (format is GifFormat) Image.Load<Rgba32>(Library, bytes, new GifDecoder { DecodingMode = FrameDecodingMode.First }).Dispose();
            var turned = IsTurned(info.Metadata.ExifProfile);
            return new ImageHeader(Extension(format), turned ? info.Height : info.Width, turned ? info.Width : info.Height);
        }
        catch (Exception ex)
        {
            problem = Reason(ex);
            return null;
        }
    }

    public IReadOnlyList<byte[]>? Encode(byte[] bytes, IReadOnlyList<ImageVariant> variants, ImageQuality quality, out string? problem)
    {
        problem = null;
        try
        {
            using var image = Image.Load<Rgba32>(Library, bytes);
            // Animated WebP/PNG: the page shows a still, the first frame; resizing every frame would be wasted work.
            while (image.Frames.Count > 1) image.Frames.RemoveFrame(1);
            image.Mutate(x => x.AutoOrient());
            // Camera make, GPS position and editing history are not the reader's business, nor part of the file name.
            image.Metadata.ExifProfile = null;
            image.Metadata.XmpProfile = null;
            image.Metadata.IptcProfile = null;
            var opaque = IsOpaque(image);
            var encoded = new byte[variants.Count][];
            foreach (var group in variants.Select((v, i) => (Variant: v, Index: i)).GroupBy(v => (v.Variant.Width, v.Variant.Height)))
            {
                var (width, height) = group.Key;
                using var scaled = width == image.Width && height == image.Height ? null
                    : image.Clone(x => x.Resize(width, height, KnownResamplers.MitchellNetravali));
                foreach (var (variant, index) in group)
                    encoded[index] = EncodeOne(scaled ?? image, variant.Format, quality, opaque);
            }
            return encoded;
        }
        catch (Exception ex)
        {
            // Decoders meet hostile bytes here; whatever they throw, the page keeps its link and gets a warning.
            problem = Reason(ex);
            return null;
        }
    }

    private byte[] EncodeOne(Image<Rgba32> image, string format, ImageQuality quality, bool opaque)
    {
        if (format == "webp" && skiaWebp) return SkiaWebp(image, quality.Webp);
        using var stream = new MemoryStream();
        IImageEncoder encoder = format switch
        {
            // Method 3 is the speed/size trade-off Skia (and Chrome) use for lossy WebP; ImageSharp's default is 4.
            "webp" => new WebpEncoder { FileFormat = WebpFileFormatType.Lossy, Quality = quality.Webp, Method = WebpEncodingMethod.Level3 },
            "jpg" => new JpegEncoder { Quality = quality.Jpeg, ColorType = JpegColorType.YCbCrRatio420 },
            _ => new PngEncoder
            {
                ColorType = opaque ? PngColorType.Rgb : PngColorType.RgbWithAlpha, BitDepth = PngBitDepth.Bit8,
                CompressionLevel = PngCompressionLevel.Level6, FilterMethod = PngFilterMethod.Adaptive,
                ChunkFilter = PngChunkFilter.ExcludeAll,
            },
        };
        image.Save(stream, encoder);
        return stream.ToArray();
    }

    private static byte[] SkiaWebp(Image<Rgba32> image, int quality)
    {
        var pixels = new byte[image.Width * image.Height * 4];
        image.CopyPixelDataTo(pixels);
        var handle = System.Runtime.InteropServices.GCHandle.Alloc(pixels, System.Runtime.InteropServices.GCHandleType.Pinned);
        try
        {
            using var pixmap = new SkiaSharp.SKPixmap(new SkiaSharp.SKImageInfo(image.Width, image.Height, SkiaSharp.SKColorType.Rgba8888,
                SkiaSharp.SKAlphaType.Unpremul), handle.AddrOfPinnedObject());
            using var data = pixmap.Encode(new SkiaSharp.SKWebpEncoderOptions(SkiaSharp.SKWebpEncoderCompression.Lossy, quality))
                ?? throw new InvalidOperationException("Skia could not encode a WebP variant");
            return data.ToArray();
        }
        finally
        {
            handle.Free();
        }
    }

    private static bool IsOpaque(Image<Rgba32> image)
    {
        var opaque = true;
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height && opaque; y++)
                foreach (var pixel in rows.GetRowSpan(y))
                    if (pixel.A != 255) { opaque = false; break; }
        });
        return opaque;
    }

    /// <summary>EXIF orientations 5–8 store the picture turned by a quarter: width and height swap on display.</summary>
    private static bool IsTurned(ExifProfile? exif) =>
        exif?.GetValue(ExifTag.Orientation) is { } orientation && orientation.Value is >= 5 and <= 8;

    private static string Extension(IImageFormat format) => format switch
    {
        JpegFormat => "jpg",
        PngFormat => "png",
        GifFormat => "gif",
        WebpFormat => "webp",
        _ => "bmp",
    };

    private static string Reason(Exception ex) => ex switch
    {
        UnknownImageFormatException => "not an image format that can be decoded",
        InvalidImageContentException or ImageFormatException => "the image data is damaged: " + ex.Message.TrimEnd('.'),
        NotSupportedException => "an image variant the decoder does not support: " + ex.Message.TrimEnd('.'),
        _ => $"the decoder failed ({ex.GetType().Name})",
    };
}
