using System.Text.RegularExpressions;

namespace SdgArchive.Bench;

/// <summary>A shared-corpus page split into the parts the synthetic corpus recombines: tag lines, title, body.</summary>
public sealed partial record CorpusPage(string Name, IReadOnlyList<(string Key, string Value)> Tags, string Title, string Body)
{
    [GeneratedRegex(@"^\[\[([a-z][a-z_]*):(.*)\]\]\s*$")]
    private static partial Regex TagLine();

    public static CorpusPage Parse(string name, string text)
    {
        var tags = new List<(string, string)>();
        var body = new List<string>();
        string? title = null;
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            var tag = TagLine().Match(line);
            if (tag.Success) tags.Add((tag.Groups[1].Value, tag.Groups[2].Value.Trim()));
            else if (title is null && line.StartsWith("# ", StringComparison.Ordinal) && line.Length > 2) title = line[2..].Trim();
            else body.Add(line);
        }
        return new CorpusPage(name, tags, title ?? Path.GetFileNameWithoutExtension(name).Replace('_', ' ').Trim(), string.Join('\n', body).Trim('\n'));
    }

    public static IReadOnlyList<CorpusPage> LoadFolder(string folder) => Directory
        .EnumerateFiles(folder, "*.md")
        .Order(StringComparer.Ordinal)
        .Select(f => Parse(Path.GetFileName(f), File.ReadAllText(f)))
        .ToList();
}
