namespace SdgArchive.Bench;

/// <summary>One generated document: its file name, title, tags in order and body, for both the archive source and the Hugo site.</summary>
public sealed record SyntheticDocument(int Index, string FileName, string Title, IReadOnlyList<(string Key, string Value)> Tags, string Body)
{
    public string ToArchiveText()
    {
        var text = new System.Text.StringBuilder();
        foreach (var (key, value) in Tags.Where(t => t.Key is "type" or "year" or "date")) text.Append($"[[{key}:{value}]]\n");
        text.Append('\n').Append("# ").Append(Title).Append("\n\n");
        foreach (var (key, value) in Tags.Where(t => t.Key is not ("type" or "year" or "date"))) text.Append($"[[{key}:{value}]]\n");
        text.Append('\n').Append(Body).Append('\n');
        return text.ToString();
    }

    public IReadOnlyList<string> Values(string key) => Tags.Where(t => t.Key == key).Select(t => t.Value).Distinct().ToList();
}
