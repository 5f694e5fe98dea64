using System.Text.RegularExpressions;
using SdgArchive.Diagnostics;

namespace SdgArchive.Reading;

/// <summary>
/// Finds the lines that hold only <c>[[key:value]]</c> tags (anywhere outside code fences), returns the tags and
/// blanks those lines so the body keeps its line numbers.
/// </summary>
public static partial class TagScanner
{
    public static List<RawTag> Extract(string[] lines, string path, List<Diagnostic> diagnostics)
    {
        var tags = new List<RawTag>();
        var fence = new FenceTracker();
        for (var i = 0; i < lines.Length; i++)
        {
            if (fence.Update(lines[i]) || fence.Inside) continue;
            var line = lines[i];
            if (!TagStart().IsMatch(line)) continue;

            var found = new List<RawTag>();
            var rest = CompleteTag().Replace(line, m =>
            {
                found.Add(new(m.Groups["key"].Value, m.Groups["value"].Value, i + 1, m.Groups["value"].Index + 1));
                return "";
            });

            var open = OpenTag().Match(rest);
            if (open.Success && string.IsNullOrWhiteSpace(rest[..open.Index]))
            {
                // "[[key:value" whose "]]" is on the next line: a value broken over two lines.
                var column = line.IndexOf(open.Value, StringComparison.Ordinal) + open.Groups["key"].Length + 4;
                if (i + 1 < lines.Length && lines[i + 1].IndexOf("]]", StringComparison.Ordinal) is var close and >= 0
                    && !lines[i + 1].TrimStart().StartsWith("[[", StringComparison.Ordinal)
                    && string.IsNullOrWhiteSpace(lines[i + 1][(close + 2)..]))
                {
                    found.Add(new(open.Groups["key"].Value, open.Groups["value"].Value + " " + lines[i + 1][..close], i + 1, column));
                    lines[i + 1] = "";
                }
                else
                {
                    diagnostics.Add(new(new(path, i + 1, column - open.Groups["key"].Length - 3), Severity.Warning, DiagnosticCodes.UnclosedTag,
                        $"tag \"[[{open.Groups["key"].Value}:\" has no closing \"]]\"; the rest of the line was taken as its value"));
                    found.Add(new(open.Groups["key"].Value, open.Groups["value"].Value, i + 1, column));
                }
                rest = "";
            }

            if (found.Count > 0 && string.IsNullOrWhiteSpace(rest))
            {
                tags.AddRange(found);
                lines[i] = "";
            }
        }
        return tags;
    }

    [GeneratedRegex(@"^\s*\[\[")]
    private static partial Regex TagStart();

    [GeneratedRegex(@"\[\[(?<key>[A-Za-z][A-Za-z0-9_ \-]{0,40}):(?<value>.*?)\]\]")]
    private static partial Regex CompleteTag();

    [GeneratedRegex(@"\[\[(?<key>[A-Za-z][A-Za-z0-9_ \-]{0,40}):(?<value>.*)$")]
    private static partial Regex OpenTag();
}
