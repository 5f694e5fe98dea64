using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace SdgArchive.Images;

/// <summary>The attributes of one <c>&lt;img&gt;</c> tag, decoded, in source order; writes them back escaped.</summary>
internal sealed partial class ImgTag
{
    private readonly List<KeyValuePair<string, string?>> _attributes;

    private ImgTag(List<KeyValuePair<string, string?>> attributes) => _attributes = attributes;

    /// <summary>Matches an img start tag; quoted values may contain "&gt;" (the sanitizer's serializer does not escape it).</summary>
    [GeneratedRegex("""<img\b(?<attrs>(?:[^>"']|"[^"]*"|'[^']*')*)>""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Pattern();

    [GeneratedRegex("""(?<name>[^\s"'>/=]+)(?:\s*=\s*(?:"(?<v>[^"]*)"|'(?<v>[^']*)'|(?<v>[^\s"'=<>`]+)))?""", RegexOptions.CultureInvariant)]
    private static partial Regex AttributePattern();

    public static ImgTag Parse(string attributesText) => new(AttributePattern().Matches(attributesText)
        .Select(m => new KeyValuePair<string, string?>(m.Groups["name"].Value.ToLowerInvariant(),
            m.Groups["v"].Success ? WebUtility.HtmlDecode(m.Groups["v"].Value) : null))
        .ToList());

    public string? this[string name]
    {
        get => _attributes.FirstOrDefault(a => a.Key == name).Value;
        set
        {
            var index = _attributes.FindIndex(a => a.Key == name);
            if (value is null) { if (index >= 0) _attributes.RemoveAt(index); return; }
            if (index >= 0) _attributes[index] = new(name, value);
            else _attributes.Add(new(name, value));
        }
    }

    public void SetIfMissing(string name, string value)
    {
        if (this[name] is null) this[name] = value;
    }

    public string ToHtml()
    {
        var html = new StringBuilder("<img");
        foreach (var (name, value) in _attributes)
        {
            html.Append(' ').Append(name);
            if (value is not null) html.Append("=\"").Append(Escape(value)).Append('"');
        }
        return html.Append('>').ToString();
    }

    internal static string Escape(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
             .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
