using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace SdgArchive.SiteTests.Images;

/// <summary>Small images made for the image tests: each pixel's colour tells where it is, so orientation is checkable.</summary>
internal static class ImageTestFiles
{
    /// <summary>Red grows to the right, green downwards; the top-left quarter holds a white block.</summary>
    public static Image<Rgba32> Gradient(int width, int height)
    {
        var image = new Image<Rgba32>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                    row[x] = x < width / 4 && y < height / 4 ? new Rgba32(255, 255, 255)
                        : new Rgba32((byte)(x * 255 / width), (byte)(y * 255 / height), 96);
            }
        });
        return image;
    }

    public static byte[] Encode(Image image, string format)
    {
        using var stream = new MemoryStream();
        IImageEncoder encoder = format switch
        {
            "png" => new PngEncoder(),
            "jpg" => new JpegEncoder { Quality = 90 },
            "gif" => new GifEncoder(),
            "webp" => new WebpEncoder { Quality = 80 },
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
        image.Save(stream, encoder);
        return stream.ToArray();
    }

    /// <summary>A JPEG stored <paramref name="width"/> × <paramref name="height"/> with an EXIF orientation and a GPS position.</summary>
    public static byte[] CameraJpeg(int width, int height, ushort orientation)
    {
        using var image = Gradient(width, height);
        image.Metadata.ExifProfile = new ExifProfile();
        image.Metadata.ExifProfile.SetValue(ExifTag.Orientation, orientation);
        image.Metadata.ExifProfile.SetValue(ExifTag.Model, "Field camera 3000");
        image.Metadata.ExifProfile.SetValue(ExifTag.GPSLatitude, [new Rational(12, 1), new Rational(34, 1), new Rational(56, 1)]);
        return Encode(image, "jpg");
    }
}
