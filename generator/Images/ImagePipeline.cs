using SdgArchive.Caching;
using System.Globalization;
using System.Text;
using SdgArchive.Diagnostics;

namespace SdgArchive.Images;

/// <summary>
/// Rewrites the images of a document's sanitized body HTML: local files and embedded <c>data:</c> images become
/// responsive, content-named files (WebP plus the original format, width/height, srcset/sizes, lazy loading);
/// remote images stay remote but load lazily. Anything it cannot decode keeps its link and gets a warning.
/// Deterministic: the same HTML and files give the same output. Thread-safe for parallel documents.
/// </summary>
public sealed class ImagePipeline(ImagePipelineOptions options, IOutputSink sink)
{
    private readonly ResponsiveImageEncoder _encoder = new(options, sink);

    /// <summary>Where the published files go (card pictures are written beside the documents' images).</summary>
    public IOutputSink Sink => sink;

    public ImageRewrite Rewrite(string html, ImageContext context, DiagnosticBag diagnostics)
    {
        var published = new List<PublishedImage>();
        var result = ImgTag.Pattern().Replace(html, match =>
        {
            var tag = ImgTag.Parse(match.Groups["attrs"].Value);
            var image = Process(tag, context, diagnostics);
            if (image is null) return tag.ToHtml();
            published.Add(image);
            return Picture(tag, image);
        });
        return new ImageRewrite(result, published);
    }

    private PublishedImage? Process(ImgTag tag, ImageContext context, DiagnosticBag diagnostics)
    {
        var src = tag["src"]?.Trim();
        if (string.IsNullOrEmpty(src)) return null;
        Lazy(tag);

        if (DataUri.IsDataUri(src)) return FromDataUri(tag, src, context, diagnostics);
        if (IsRemote(src))
            return options.Mirror is { } mirror && ImageMirror.CanMirror(src) ? FromMirror(tag, src, mirror, context, diagnostics) : Remote(tag);

        var file = Resolve(src, context);
        // "/images/x.png" may name a file under the content folder; otherwise it is a page of the site itself.
        if (file is null && src.StartsWith('/')) return null;
        if (file is null)
        {
            Warn(diagnostics, context, src, DiagnosticCodes.ImageMissing, $"image '{Shorten(src)}' was not found next to the document or under the content folder; the link is kept");
            return null;
        }
        var bytes = File.ReadAllBytes(file);
        context.Reads?.File(file, bytes);
        var image = _encoder.Publish(bytes, out var problem);
        if (image is null) Warn(diagnostics, context, src, DiagnosticCodes.ImageUndecodable, $"image '{Shorten(src)}' cannot be decoded ({problem}); the link is kept");
        return image;
    }

    /// <summary>A remote image published as local files, or, when that fails, left remote with a warning.</summary>
    private PublishedImage? FromMirror(ImgTag tag, string src, ImageMirror mirror, ImageContext context, DiagnosticBag diagnostics)
    {
        var fetched = mirror.Get(src);
        if (fetched.Bytes is not { } bytes)
        {
            // Recorded as missing: once a later build's download succeeds, the page is rendered again with the local files.
            context.Reads?.Absent(fetched.IndexFile);
            Warn(diagnostics, context, src, DiagnosticCodes.ImageNotMirrored, $"remote image '{Shorten(src)}' could not be downloaded ({fetched.Problem}); the page loads it from its server");
            return Remote(tag);
        }
        context.Reads?.File(fetched.IndexFile, Encoding.ASCII.GetBytes(ContentHash.Of(bytes)));
        var image = _encoder.Publish(bytes, out var problem);
        if (image is null)
        {
            Warn(diagnostics, context, src, DiagnosticCodes.ImageNotMirrored, $"remote image '{Shorten(src)}' was downloaded but cannot be decoded ({problem}); the page loads it from its server");
            return Remote(tag);
        }
        return image;
    }

    /// <summary>
    /// Left on its server. Without width and height its size is unknown until it loads: the class lets the stylesheet
    /// reserve a placeholder box so the text below does not jump.
    /// </summary>
    private static PublishedImage? Remote(ImgTag tag)
    {
        if (tag["width"] is null || tag["height"] is null)
            tag["class"] = string.IsNullOrWhiteSpace(tag["class"]) ? RemoteClass : tag["class"] + " " + RemoteClass;
        return null;
    }

    /// <summary>The class of remote images of unknown size (styled in the site's stylesheet).</summary>
    public const string RemoteClass = "remote-image";

    private PublishedImage? FromDataUri(ImgTag tag, string src, ImageContext context, DiagnosticBag diagnostics)
    {
        var data = DataUri.TryParse(src, out var problem);
        if (data is null)
        {
            Warn(diagnostics, context, src, DiagnosticCodes.ImageUndecodable, $"embedded image cannot be used ({problem}); it is kept as is");
            return null;
        }
        var image = _encoder.Publish(data.Bytes, out problem);
        if (image is not null) return image;

        // Undecodable but well-formed: still move the bytes out of the page so it stays small; the link now points to them.
        var path = string.Create(CultureInfo.InvariantCulture,
            $"{options.MediaFolder.Trim('/')}/{ContentHash.Of(data.Bytes)[..16]}.{data.Extension}");
        if (!sink.Exists(path)) sink.Write(path, data.Bytes);
        tag["src"] = options.BaseUrl + path;
        Warn(diagnostics, context, src, DiagnosticCodes.ImageUndecodable, $"embedded {data.MediaType} image cannot be decoded ({problem}); written as {path} unchanged");
        return null;
    }

    private string Picture(ImgTag tag, PublishedImage image)
    {
        tag["src"] = Url(image.Largest);
        tag["srcset"] = SrcSet(image.Fallback);
        tag["sizes"] = options.Sizes;
        tag["width"] = image.Width.ToString(CultureInfo.InvariantCulture);
        tag["height"] = image.Height.ToString(CultureInfo.InvariantCulture);
        if (image.Webp.Count == 0) return tag.ToHtml();
        return new StringBuilder("<picture><source type=\"image/webp\" srcset=\"").Append(ImgTag.Escape(SrcSet(image.Webp)))
            .Append("\" sizes=\"").Append(ImgTag.Escape(options.Sizes)).Append("\">").Append(tag.ToHtml()).Append("</picture>").ToString();
    }

    private string SrcSet(IEnumerable<ImageVariant> variants) =>
        string.Join(", ", variants.Select(v => string.Create(CultureInfo.InvariantCulture, $"{Url(v)} {v.Width}w")));

    private string Url(ImageVariant variant) => options.BaseUrl + variant.RelativePath;

    private static void Lazy(ImgTag tag)
    {
        tag.SetIfMissing("loading", "lazy");
        tag.SetIfMissing("decoding", "async");
    }

    private static bool IsRemote(string src) =>
        src.StartsWith("//", StringComparison.Ordinal) || src.StartsWith('#')
        || (src.Contains(':', StringComparison.Ordinal) && Uri.TryCreate(src, UriKind.Absolute, out var uri) && uri.Scheme != Uri.UriSchemeFile);

    /// <summary>The file a relative src names: beside the document first, then from the content root; never outside the content root.</summary>
    internal static string? Resolve(string src, ImageContext context)
    {
        var path = src.Split('?', '#')[0];
        path = Uri.UnescapeDataString(path).Replace('\\', '/');
        if (path.Length == 0) return null;
        var root = Path.GetFullPath(context.ContentRoot);
        var documentFolder = Path.GetDirectoryName(Path.Combine(root, context.DocumentPath)) ?? root;
        var candidates = new List<(string Path, string Root)> { (Path.Combine(documentFolder, path), root), (Path.Combine(root, path.TrimStart('/')), root) };
        if (context.SharedRoot is { } shared)
        {
            var sharedRoot = Path.GetFullPath(shared);
            candidates.Add((Path.Combine(sharedRoot, path.TrimStart('/')), sharedRoot));
        }
        foreach (var (candidate, allowedRoot) in candidates)
        {
            var full = Path.GetFullPath(candidate);
            if (!full.StartsWith(allowedRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
            if (File.Exists(full)) return full;
            context.Reads?.Absent(full); // found later, it would be the one used

        }
        return null;
    }

    private static void Warn(DiagnosticBag diagnostics, ImageContext context, string src, string code, string message) =>
        diagnostics.Report(Where(context, src), Severity.Warning, code, message);

    /// <summary>
    /// Where the image stands: from the reader's images (kept when the build drops the text), else found in the text
    /// (embedded images, whose address the reader does not keep).
    /// </summary>
    private static SourceSpan Where(ImageContext context, string src)
    {
        // The rendered address may be percent-encoded where the source was not ("..\a" is written "..%5Ca").
        if (context.Images.FirstOrDefault(i => i.Url == src || i.Url == Uri.UnescapeDataString(src)) is { } image)
            return new SourceSpan(context.DisplayPath, image.Line, image.Column);
        // An embedded image is known by its length (the reader keeps no copy of its payload): the build has dropped
        // the text by now, so the reader's position is the only one there is.
        var embedded = src.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
            ? context.Images.Where(i => i.IsEmbedded && i.EmbeddedLength == src.Length).ToList() : [];
        if (embedded.Count == 1 || (embedded.Count > 1 && context.SourceText is null))
            return new SourceSpan(context.DisplayPath, embedded[0].Line, embedded[0].Column);
        var (line, column) = Locate(context.SourceText, src);
        return new SourceSpan(context.DisplayPath, line, column);
    }

    /// <summary>
    /// The 1-based line and column of the image in the source: where its <c>![</c> or <c>&lt;img</c> starts on the line
    /// that holds the address ((0, 0) when not found, e.g. an address the renderer rewrote).
    /// </summary>
    private static (int Line, int Column) Locate(string? source, string src)
    {
        if (source is null) return (0, 0);
        var probe = src.Length > 60 ? src[..60] : src;
        var index = source.IndexOf(probe, StringComparison.Ordinal);
        if (index < 0) return (0, 0);
        // Embedded PNGs and JPEGs all begin alike ("data:image/png;base64,iVBORw0KGgo…"): the end tells them apart.
        if (src.Length > 100 && source.IndexOf(src[^40..], StringComparison.Ordinal) is var end and > 0
            && source.LastIndexOf(probe, end, StringComparison.Ordinal) is var start and >= 0)
            index = start;
        var lineStart = index == 0 ? 0 : source.LastIndexOf('\n', index - 1) + 1;
        var before = source.AsSpan(lineStart, index - lineStart);
        var opening = Math.Max(before.LastIndexOf("!["), before.LastIndexOf("<img", StringComparison.OrdinalIgnoreCase));
        return (source.AsSpan(0, index).Count('\n') + 1, (opening < 0 ? index - lineStart : opening) + 1);
    }

    private static string Shorten(string src) => src.Length > 80 ? src[..77] + "..." : src;
}
