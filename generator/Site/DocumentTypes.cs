namespace SdgArchive.Site;

/// <summary>Readable names for the archive's type values.</summary>
public static class DocumentTypes
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["learningplan"] = "Learning plan", ["solution"] = "Solution", ["blog"] = "Blog", ["experiment"] = "Experiment",
        ["publications"] = "Publication", ["story"] = "Story", ["tools"] = "Tool", ["skills"] = "Skill",
        ["tactics"] = "Tactic", ["principles"] = "Principle",
    };

    public static string Name(string type) =>
        Names.TryGetValue(type, out var name) ? name : type.Length == 0 ? "Document" : char.ToUpperInvariant(type[0]) + type[1..];
}
