using Ganss.Xss;

namespace SdgArchive.Rendering;

/// <summary>
/// HtmlSanitizer configured for the archive: the structure documents use survives (div.group, paragraphs, emphasis,
/// lists, tables, images, links); script, iframe, style, event handlers and unsafe URLs do not.
/// </summary>
public sealed class HtmlFragmentSanitizer
{
    private readonly HtmlSanitizer _sanitizer;

    public HtmlFragmentSanitizer()
    {
        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedTags.Remove("style");
        _sanitizer.AllowedTags.Remove("form");
        _sanitizer.AllowedTags.Remove("input");
        _sanitizer.AllowedTags.Remove("button");
        _sanitizer.AllowedTags.Remove("select");
        _sanitizer.AllowedTags.Remove("textarea");
        _sanitizer.AllowedAttributes.Remove("style");
        _sanitizer.AllowedAttributes.Add("class");
        _sanitizer.AllowedAttributes.Add("id");
        _sanitizer.AllowedAttributes.Add("loading");
        _sanitizer.AllowedAttributes.Add("decoding");
        _sanitizer.AllowedAttributes.Add("srcset");
        _sanitizer.AllowedAttributes.Add("sizes");
        _sanitizer.UriAttributes.Add("srcset");
        _sanitizer.AllowedCssProperties.Clear();
        _sanitizer.AllowedAtRules.Clear();
        _sanitizer.AllowedSchemes.Add("mailto");
        _sanitizer.AllowedSchemes.Add("data");
        _sanitizer.AllowDataAttributes = false;
        _sanitizer.FilterUrl += (_, e) =>
        {
            if (e.OriginalUrl.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase)
                && !(e.Tag.NodeName.Equals("IMG", StringComparison.OrdinalIgnoreCase) && UrlSafety.IsDataImage(e.OriginalUrl.TrimStart())))
                e.SanitizedUrl = null;
        };
    }

    /// <summary>Elements and attributes the sanitizer lets through (tests check rendered pages against this list).</summary>
    public IReadOnlySet<string> AllowedTags => _sanitizer.AllowedTags.ToHashSet(StringComparer.OrdinalIgnoreCase);
    public IReadOnlySet<string> AllowedAttributes => _sanitizer.AllowedAttributes.ToHashSet(StringComparer.OrdinalIgnoreCase);

    // HtmlSanitizer is safe to share across threads once configured.
    public string Sanitize(string html) => _sanitizer.Sanitize(html);
}
