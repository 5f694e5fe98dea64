using System.Text.RegularExpressions;
using SdgArchive.SiteTests.Support;

namespace SdgArchive.SiteTests.Architecture;

/// <summary>
/// The generator's namespaces form layers (syntax and reading below the site index, views and publishing above it, the
/// pipeline above those, commands on top): no namespace may depend on one that depends back on it, directly or through
/// others. Read from the source (usings, qualified names and cref references), the way a newcomer reads it. Before the
/// pipeline work, Build ↔ Rendering and Reading ↔ Security depended on each other, and 16 namespaces formed one cycle.
/// </summary>
public partial class NamespaceCycleTests
{
    [Test]
    public void Namespaces_depend_on_each_other_in_one_direction_only()
    {
        var graph = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "generator"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")) continue;
            var text = File.ReadAllText(file);
            if (FileNamespace().Match(text) is not { Success: true } declared) continue;
            var own = TopLevel(declared.Groups[1].Value);
            var edges = graph.TryGetValue(own, out var e) ? e : graph[own] = new(StringComparer.Ordinal);
            foreach (Match reference in Reference().Matches(text))
            {
                var other = reference.Groups[1].Value;
                if (other != own) edges.TryAdd(other, Path.GetRelativePath(RepoPaths.Root, file));
            }
        }

        var cycles = new List<string>();
        foreach (var start in graph.Keys.Order(StringComparer.Ordinal))
            if (PathBack(graph, start) is { } path) cycles.Add(string.Join(" → ", path));
        Assert.That(cycles, Is.Empty, "namespace cycles (each step names a file that makes it):\n" + string.Join('\n', cycles));
    }

    /// <summary>A path of dependencies from <paramref name="start"/> back to itself, each step with the file behind it; null when none.</summary>
    private static List<string>? PathBack(Dictionary<string, Dictionary<string, string>> graph, string start)
    {
        var cameFrom = new Dictionary<string, (string From, string File)>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var (next, file) in graph.GetValueOrDefault(node) ?? [])
            {
                if (next == start)
                {
                    var path = new List<string> { $"{start} ({file})" };
                    for (var at = node; at != start; at = cameFrom[at].From) path.Insert(0, $"{at} ({cameFrom[at].File})");
                    path.Insert(0, start);
                    return path;
                }
                if (cameFrom.TryAdd(next, (node, file))) queue.Enqueue(next);
            }
        }
        return null;
    }

    /// <summary><c>SdgArchive.Syntax.Emails</c> is part of <c>Syntax</c>; files in <c>SdgArchive</c> itself are the entry point.</summary>
    private static string TopLevel(string qualified) => qualified.Split('.') is { Length: > 1 } parts ? parts[1] : "(root)";

    [GeneratedRegex(@"^namespace\s+(SdgArchive(?:\.\w+)*)\s*;", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"\bSdgArchive\.(\w+)")]
    private static partial Regex Reference();
}
