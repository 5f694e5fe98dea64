using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SdgArchive.Diagnostics;
using SdgArchive.Model;
using SdgArchive.Security;

namespace SdgArchive.Reading;

/// <summary>
/// Problems with a document as a whole that the reader does not see line by line: an oversized file, an absurd number
/// of tags, raw HTML containers left open (which the sanitiser closes at the end of the fragment, swallowing the text
/// after them into one box). Each is reported where it starts.
/// </summary>
public static partial class InputChecks
{
    /// <summary>Raw HTML elements that wrap content, so leaving one open changes the page's structure.</summary>
    private static readonly HashSet<string> Containers = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "section", "article", "aside", "details", "blockquote", "table", "ul", "ol", "dl", "figure", "span", "center", "font",
    };

    /// <summary>Reports the document's problems into <paramref name="diagnostics"/> and returns it within the limits.</summary>
    public static ArchiveDocument Apply(ArchiveDocument document, InputLimits limits, string pathPrefix, DiagnosticBag diagnostics)
    {
        diagnostics.AddRange(Check(document, limits, pathPrefix));
        return LimitTags(document, limits);
    }

    /// <summary>
    /// Keeps the first <see cref="InputLimits.MaxTags"/> tags in source order: each distinct value becomes a page, so one
    /// document must not be able to add ten thousand pages (and minutes) to every build.
    /// </summary>
    public static ArchiveDocument LimitTags(ArchiveDocument document, InputLimits limits)
    {
        var all = document.Tags.Values.SelectMany(v => v).ToList();
        if (all.Count <= limits.MaxTags) return document;
        var kept = all.OrderBy(t => t.Line).ThenBy(t => t.Column).Take(limits.MaxTags).ToHashSet();
        var tags = document.Tags
            .Select(kv => (kv.Key, Values: (IReadOnlyList<TagValue>)kv.Value.Where(kept.Contains).ToList()))
            .Where(kv => kv.Values.Count > 0)
            .ToDictionary(kv => kv.Key, kv => kv.Values, StringComparer.Ordinal);
        IReadOnlyList<string> Values(string key) => tags.TryGetValue(key, out var v) ? v.Select(t => t.Value).ToList() : [];
        var countryLines = tags.TryGetValue("country", out var countries) ? countries.Select(c => c.Line).ToHashSet() : [];
        var types = Values("type").Select(t => t.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return document with
        {
            Tags = tags,
            Methods = Values("methods"),
            DataSources = Values("datasources"),
            ThematicAreas = Values("thematic_areas"),
            Types = document.Types.Where(types.Contains).ToList(),
            Places = document.Places.Where(p => countryLines.Contains(p.Line)).ToList(),
        };
    }

    /// <param name="pathPrefix">Prepended to <see cref="ArchiveDocument.SourcePath"/> so paths match the reader's diagnostics.</param>
    public static IEnumerable<Diagnostic> Check(ArchiveDocument document, InputLimits limits, string pathPrefix = "")
    {
        var path = pathPrefix.Length == 0 ? document.SourcePath : $"{pathPrefix}/{document.SourcePath}";
        var lines = document.Body.Split('\n');

        var bytes = Encoding.UTF8.GetByteCount(document.Body);
        if (bytes > limits.MaxDocumentBytes)
        {
            var longest = 0;
            for (var i = 1; i < lines.Length; i++) if (lines[i].Length > lines[longest].Length) longest = i;
            yield return new(new(path, longest + 1, 1), Severity.Warning, DiagnosticCodes.LargeDocument, string.Create(CultureInfo.InvariantCulture,
                $"document is {bytes / 1048576.0:0.0} MB, over the {limits.MaxDocumentBytes / 1048576.0:0.#} MB limit (its longest line, {lines[longest].Length / 1048576.0:0.0} M characters, starts here); its page will load slowly"));
        }

        var tags = document.Tags.Values.SelectMany(v => v).OrderBy(t => t.Line).ThenBy(t => t.Column).ToList();
        if (tags.Count > limits.MaxTags)
        {
            var first = tags[limits.MaxTags];
            yield return new(new(path, first.Line, first.Column), Severity.Warning, DiagnosticCodes.TooManyTags,
                $"document has {tags.Count} tags, over the limit of {limits.MaxTags}; this is tag number {limits.MaxTags + 1}, and it and the tags after it are not published");
        }

        // Each is listed up to a point, then counted: 5,000 `<div>` in a row printed 5,000 warnings.
        var unclosed = UnclosedContainers(lines);
        foreach (var open in unclosed.Take(MaxUnclosedListed))
            yield return new(new(path, open.Line, open.Column), Severity.Warning, DiagnosticCodes.UnclosedHtml,
                $"<{open.Name}> is never closed; the page closes it at the end of the text, so everything after it ends up inside it");
        if (unclosed.Count > MaxUnclosedListed)
        {
            var next = unclosed[MaxUnclosedListed];
            yield return new(new(path, next.Line, next.Column), Severity.Warning, DiagnosticCodes.UnclosedHtml,
                $"<{next.Name}> and {unclosed.Count - MaxUnclosedListed - 1} more elements after it are never closed either (not listed one by one)");
        }
    }

    private const int MaxUnclosedListed = 10;

    private readonly record struct OpenElement(string Name, int Line, int Column);

    /// <summary>Container elements of raw HTML (outside code fences and inline code) still open at the end.</summary>
    private static List<OpenElement> UnclosedContainers(string[] lines)
    {
        var open = new List<OpenElement>();
        var fence = new FenceTracker();
        for (var i = 0; i < lines.Length; i++)
        {
            if (fence.Update(lines[i]) || fence.Inside || lines[i].IndexOf('<') < 0) continue;
            var text = InlineCode().Replace(lines[i], m => new string(' ', m.Length));
            foreach (Match tag in ContainerTag().Matches(text))
            {
                var name = tag.Groups["name"].Value.ToLowerInvariant();
                if (!Containers.Contains(name) || tag.Groups["self"].Success) continue;
                if (tag.Groups["close"].Success)
                {
                    var match = open.FindLastIndex(e => e.Name == name);
                    if (match >= 0) open.RemoveRange(match, open.Count - match); // closing an outer element closes the inner ones
                }
                else
                {
                    open.Add(new(name, i + 1, tag.Index + 1));
                }
            }
        }
        return open;
    }

    [GeneratedRegex(@"`+[^`]*`+")]
    private static partial Regex InlineCode();

    // No '<' inside a tag: each match attempt stops at the next one, so 34,000 `<a ` in a row cost linear time, not
    // the 38 s of every attempt scanning to the end of the line.
    [GeneratedRegex(@"<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9]*)\b(?:[^<>""']|""[^<""]*""|'[^<']*')*?(?<self>/)?>")]
    private static partial Regex ContainerTag();
}
