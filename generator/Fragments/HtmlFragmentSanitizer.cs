using System.Net;
using System.Text.RegularExpressions;
using Ganss.Xss;

namespace SdgArchive.Fragments;

/// <summary>
/// HtmlSanitizer configured for the archive: the structure documents use survives (div.group, paragraphs, emphasis,
/// lists, tables, images, links); script, iframe, style, event handlers and unsafe URLs do not.
/// </summary>
public sealed partial class HtmlFragmentSanitizer
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

    /// <summary>How many fragments the HTML parser could not take, so they were published as plain text.</summary>
    public int ParserFailures => _parserFailures;
    private int _parserFailures;

    // HtmlSanitizer is safe to share across threads once configured.
    public string Sanitize(string html)
    {
        try
        {
            return _sanitizer.Sanitize(html);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // AngleSharp's parser throws on a few malformed inputs (e.g. "<p><select><xmp ></xmp><select>"): one document
            // must not take the build down, so its text is kept and all of its markup dropped.
            Interlocked.Increment(ref _parserFailures);
            return "<p>" + WebUtility.HtmlEncode(WebUtility.HtmlDecode(AnyTag().Replace(html, " "))) + "</p>";
        }
    }

    [GeneratedRegex("<[^>]*>?")]
    private static partial Regex AnyTag();
}
