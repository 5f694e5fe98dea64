using System.Globalization;
using System.Text.RegularExpressions;
using SdgArchive.Images;
using SkiaSharp;

namespace SdgArchive.Bench;

/// <summary>
/// The images the image benchmark works on, written once into a folder: the corpus's embedded (data URI) images, and
/// seeded synthetic photographs and graphics at the sizes archive uploads come in. Same seed, same files.
/// </summary>
public static partial class BenchImages
{
    /// <summary>
    /// Phone and camera photos (12 MP), downsized uploads and screenshots. The archive's 10,713 remote images could not
    /// be fetched to measure; these are the sizes its upload forms accept and phones produce.
    /// </summary>
    private static readonly (int Width, int Height)[] Sizes =
        [(4032, 3024), (2048, 1536), (1920, 1080), (1600, 1200), (1280, 960), (1024, 768), (800, 600), (640, 480)];

    [GeneratedRegex(@"data:image/[a-z]+;base64,[A-Za-z0-9+/=%\s]+", RegexOptions.CultureInvariant)]
    private static partial Regex EmbeddedImage();

    /// <summary>Writes the inputs into <paramref name="folder"/> (kept when already complete) and returns their paths, sorted.</summary>
    public static IReadOnlyList<string> Prepare(string folder, string? corpus, int photos, int seed, TextWriter log)
    {
        Directory.CreateDirectory(folder);
        var stamp = Path.Combine(folder, $".complete-{photos}-{seed}");
        if (!File.Exists(stamp))
        {
            foreach (var old in Directory.GetFiles(folder)) File.Delete(old);
            var embedded = corpus is null ? 0 : WriteEmbedded(corpus, folder);
            log.WriteLine($"bench-images: {embedded} embedded images in {corpus ?? "(no corpus)"}");
            var random = new Random(seed);
            for (var i = 0; i < photos; i++)
            {
                var (width, height) = Sizes[i % Sizes.Length];
                // Half photos as JPEG, a quarter photos saved as PNG, a quarter flat graphics (charts, screenshots) as PNG:
                // most of the archive's hosted images are PNG (329 of the 444 the 400 sample pages link).
                var kind = (i % 4) switch { 0 or 1 => "photo-jpg", 2 => "photo-png", _ => "graphic-png" };
                using var bitmap = kind == "graphic-png" ? Graphic(width, height, random) : Photo(width, height, random);
                using var data = bitmap.Encode(kind.EndsWith("jpg", StringComparison.Ordinal) ? SKEncodedImageFormat.Jpeg : SKEncodedImageFormat.Png, 90);
                var name = string.Create(CultureInfo.InvariantCulture, $"{i:D4}-{kind}-{width}x{height}.{(kind.EndsWith("jpg", StringComparison.Ordinal) ? "jpg" : "png")}");
                File.WriteAllBytes(Path.Combine(folder, name), data.ToArray());
            }
            File.WriteAllText(stamp, "");
        }
        return Directory.GetFiles(folder).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal).ToList();
    }

    private static int WriteEmbedded(string corpus, string folder)
    {
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            foreach (Match match in EmbeddedImage().Matches(File.ReadAllText(file)))
                if (DataUri.TryParse(match.Value, out _) is { } image)
                    File.WriteAllBytes(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"embedded-{count++:D4}.{image.Extension}")), image.Bytes);
        return count;
    }

    /// <summary>A landscape-like photograph: smooth light and colour fields, a few soft shapes and sensor grain.</summary>
    private static SKBitmap Photo(int width, int height, Random random)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var waves = Enumerable.Range(0, 5).Select(_ => (Fx: random.NextDouble() * 6 / width, Fy: random.NextDouble() * 6 / height,
            Phase: random.NextDouble() * Math.Tau, Channel: random.Next(3), Amplitude: 20 + random.NextDouble() * 40)).ToArray();
        var baseColour = new[] { 60 + random.Next(120), 60 + random.Next(120), 60 + random.Next(120) };
        var pixels = bitmap.GetPixelSpan();
        var grain = new Random(random.Next());
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                var offset = (y * width + x) * 4;
                Span<double> rgb = [baseColour[0], baseColour[1], baseColour[2]];
                foreach (var w in waves) rgb[w.Channel] += w.Amplitude * Math.Sin(x * w.Fx * Math.Tau + y * w.Fy * Math.Tau + w.Phase);
                var noise = grain.Next(-12, 13);
                for (var c = 0; c < 3; c++) pixels[offset + c] = (byte)Math.Clamp(rgb[c] + noise, 0, 255);
                pixels[offset + 3] = 255;
            }
        using var canvas = new SKCanvas(bitmap);
        using var paint = new SKPaint { IsAntialias = true };
        for (var i = 0; i < 12; i++)
        {
            paint.Color = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(60, 200));
            paint.MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, width / 200f + random.Next(8));
            canvas.DrawOval(random.Next(width), random.Next(height), random.Next(width / 12, width / 3), random.Next(height / 12, height / 3), paint);
        }
        return bitmap;
    }

    /// <summary>A chart or screenshot: flat fills, bars, rules and text-like strokes on white.</summary>
    private static SKBitmap Graphic(int width, int height, Random random)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        using var paint = new SKPaint { IsAntialias = true };
        for (var bar = 0; bar < 14; bar++)
        {
            paint.Color = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
            var barHeight = random.Next(height / 10, height * 2 / 3);
            canvas.DrawRect(width * (bar + 1) / 16f, height * 0.85f - barHeight, width / 24f, barHeight, paint);
        }
        paint.Color = new SKColor(40, 40, 40);
        for (var line = 0; line < height / 24; line++)
            for (var word = 0; word < 10; word++)
                if (random.Next(3) > 0)
                    canvas.DrawRect(word * width / 10f + 4, line * 24 + 6, random.Next(width / 30, width / 12), 3, paint);
        return bitmap;
    }
}
