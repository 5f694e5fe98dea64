using System.Text.RegularExpressions;
using SdgArchive.Diagnostics;
using SdgArchive.Reading;

namespace SdgArchive.Collections;

/// <summary>
/// Reads <c>content/collections/*.md</c>. The first <c># Heading</c> is the title; <c>[[documents:slug]]</c> lines name
/// documents (one or several slugs, comma-separated), <c>[[query:sdgs=2; thematic_areas=food systems]]</c> lines add
/// the documents carrying every listed term; the remaining text is the introduction. One bad file is reported and
/// skipped; the others still make their pages.
/// </summary>
public static partial class CollectionReader
{
    public const string Folder = "collections";

    [GeneratedRegex(@"^\[\[(documents|query):(.*)\]\]\s*$")]
    private static partial Regex TagLine();

    public static IReadOnlyList<Collection> ReadFolder(string contentFolder, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(contentFolder, Folder);
        if (!Directory.Exists(folder)) return [];
        var collections = new List<Collection>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            try
            {
                var collection = Read(file, File.ReadAllText(file), diagnostics);
                if (collection is null) continue;
                if (!names.Add(collection.Name))
                {
                    diagnostics.Report(new(file, 1, 1), Severity.Warning, DiagnosticCodes.CollectionInvalid,
                        $"another collection already has the address /collections/{collection.Name}/: this one is skipped");
                    continue;
                }
                collections.Add(collection);
            }
            catch (IOException ex)
            {
                diagnostics.Report(new(file, 0, 0), Severity.Warning, DiagnosticCodes.CollectionInvalid, $"collection not read: {ex.Message}");
            }
        }
        return collections;
    }

    public static Collection? Read(string path, string text, DiagnosticBag diagnostics)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        string? title = null;
        var slugs = new List<CollectionEntry>();
        var queries = new List<TagQuery>();
        var introduction = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (title is null && line.StartsWith("# ", StringComparison.Ordinal)) { title = line[2..].Trim(); continue; }
            var tag = TagLine().Match(line.Trim());
            if (!tag.Success) { introduction.Add(line); continue; }
            var column = line.IndexOf("[[", StringComparison.Ordinal) + tag.Groups[2].Index + 1;
            if (tag.Groups[1].Value == "documents")
            {
                foreach (var slug in tag.Groups[2].Value.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0))
                    slugs.Add(new CollectionEntry(slug, i + 1, column));
                continue;
            }
            var terms = new List<(string, string)>();
            foreach (var part in tag.Groups[2].Value.Split(';').Select(p => p.Trim()).Where(p => p.Length > 0))
            {
                var equals = part.IndexOf('=');
                if (equals <= 0 || equals == part.Length - 1)
                {
                    diagnostics.Report(new(path, i + 1, column), Severity.Warning, DiagnosticCodes.CollectionInvalid,
                        $"query part \"{part}\" is not key=value (for example sdgs=2 or countries=Kenya): it is ignored");
                    continue;
                }
                terms.Add((part[..equals].Trim(), part[(equals + 1)..].Trim()));
            }
            if (terms.Count > 0) queries.Add(new TagQuery(terms, i + 1, column));
        }
        var name = Slugs.Create(Path.GetFileNameWithoutExtension(path), null, "collection");
        if (title is null)
        {
            diagnostics.Report(new(path, 1, 1), Severity.Warning, DiagnosticCodes.CollectionInvalid,
                "a collection needs a \"# Title\" line: the file name is used");
            title = Path.GetFileNameWithoutExtension(path);
        }
        return new Collection(name, title, string.Join('\n', introduction).Trim(), slugs, queries, path);
    }
}
