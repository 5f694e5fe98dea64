using System.Collections.Concurrent;
using System.Globalization;
using SdgArchive.Model;

namespace SdgArchive.Images;

/// <summary>A card's picture: the small variants of a document's first image, with the size of the largest.</summary>
public sealed record CardThumbnail(string Src, string SrcSet, string WebpSrcSet, int Width, int Height);

/// <summary>
/// The picture of each document's card in listings: its first image that can be published locally (a file beside the
/// document or under the content folder, an embedded <c>data:</c> image, or a remote image that was mirrored), as
/// 320 and 640 px variants under <c>media/cards/</c>; GIFs are left out. A remote image that was not mirrored gives no
/// picture: a listing of fifty cards must not load fifty images from another server. Images that cannot be decoded
/// give none either (the document page warns about them). Computed once per document per build; thread-safe.
/// </summary>
public sealed class CardThumbnails
{
    /// <summary>Cards are at most ~360 CSS px wide (three a row at 1366 px, one on a phone): 320 px, 640 px.</summary>
    public static readonly IReadOnlyList<int> Widths = [320, 640];

    private readonly ImagePipelineOptions _options;
    private readonly ResponsiveImageEncoder _encoder;
    private readonly string _sourceFolder;
    private readonly string? _contentFolder;
    private readonly ConcurrentDictionary<string, Lazy<CardThumbnail?>> _made = new(StringComparer.Ordinal);

    public CardThumbnails(ImagePipelineOptions options, IOutputSink sink, string sourceFolder, string? contentFolder)
    {
        _options = options with { Widths = Widths, MediaFolder = options.MediaFolder.Trim('/') + "/cards" };
        _encoder = new ResponsiveImageEncoder(_options, sink);
        _sourceFolder = sourceFolder;
        _contentFolder = contentFolder;
    }

    /// <summary>The card picture of <paramref name="document"/>, or null when it has no image to show.</summary>
    public CardThumbnail? Of(ArchiveDocument document) =>
        document.Images.Count == 0 ? null
            : _made.GetOrAdd(document.SourcePath, _ => new Lazy<CardThumbnail?>(() => Make(document))).Value;

    private CardThumbnail? Make(ArchiveDocument document)
    {
        string? source = null;
        foreach (var image in document.Images)
        {
            var bytes = image.IsEmbedded ? Embedded(image, source ??= ReadSource(document))
                : image.Url is { } url ? Linked(url, document) : null;
            // A GIF is published as it is (its animation), often megabytes: too much for a card; the next image may do.
            if (bytes is null || _options.Codec.Identify(bytes, out _) is not { Format: not "gif" }) continue;
            var published = _encoder.Publish(bytes, out _);
            if (published is null) continue;
            return Thumbnail(published);
        }
        return null;
    }

    private byte[]? Linked(string url, ArchiveDocument document)
    {
        var src = url.Trim();
        if (DataUri.IsDataUri(src)) return DataUri.TryParse(src, out _)?.Bytes;
        if (ImageMirror.CanMirror(src)) return _options.Mirror?.Get(src).Bytes;
        if (src.Contains(':', StringComparison.Ordinal) || src.StartsWith("//", StringComparison.Ordinal)) return null;
        var context = new ImageContext(document.SourcePath, _sourceFolder, SharedRoot: _contentFolder);
        return ImagePipeline.Resolve(src, context) is { } file ? Read(file) : null;
    }

    /// <summary>
    /// An embedded image's bytes, found again in the source (the reader keeps only its length and position): the first
    /// <c>data:</c> address at or after its line with the length the reader saw.
    /// </summary>
    private static byte[]? Embedded(DocumentImage image, string? source)
    {
        if (source is null) return null;
        var lineStart = 0;
        for (var line = 1; line < image.Line && lineStart >= 0; line++)
            lineStart = source.IndexOf('\n', lineStart) is var n and >= 0 ? n + 1 : -1;
        if (lineStart < 0) return null;
        var start = source.IndexOf("data:", lineStart, StringComparison.OrdinalIgnoreCase);
        if (start < 0 || start + image.EmbeddedLength > source.Length) return null;
        return DataUri.TryParse(source.Substring(start, image.EmbeddedLength), out _)?.Bytes;
    }

    private string? ReadSource(ArchiveDocument document) =>
        document.Body.Length > 0 ? document.Body : Read(Path.Combine(_sourceFolder, document.SourcePath)) is { } b
            ? System.Text.Encoding.UTF8.GetString(b) : null;

    private static byte[]? Read(string path)
    {
        try { return File.ReadAllBytes(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return null; }
    }

    private CardThumbnail Thumbnail(PublishedImage image)
    {
        string Url(ImageVariant v) => _options.BaseUrl + v.RelativePath;
        string Set(IEnumerable<ImageVariant> variants) =>
            string.Join(", ", variants.Select(v => string.Create(CultureInfo.InvariantCulture,
                $"{Url(v)} {v.Width}w")));
        return new CardThumbnail(Url(image.Fallback[0]), Set(image.Fallback), Set(image.Webp), image.Width,
            image.Height);
    }
}
