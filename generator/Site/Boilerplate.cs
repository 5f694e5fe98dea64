using System.Text.RegularExpressions;
using SdgArchive.Model;

namespace SdgArchive.Site;

/// <summary>
/// Text the archive repeats from document to document: the form's own sentences and the navigation of copied web pages
/// ("Original article published here", "HOME", "BLOG"). Decided from the archive itself: a line or sentence of the
/// answers that appears in <see cref="MinDocuments"/> or more documents is not what one lab wrote.
/// </summary>
public sealed partial class Boilerplate
{
    /// <summary>Five documents: no two labs write the same sentence five times, while the form says its own in hundreds.</summary>
    public const int MinDocuments = 5;

    private readonly HashSet<string> _recurring;

    private Boilerplate(HashSet<string> recurring) => _recurring = recurring;

    public static Boilerplate None { get; } = new([]);

    public static Boilerplate From(IEnumerable<ArchiveDocument> documents)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in document.Sections.SelectMany(s => s.Items).Where(i => i.IsAnswered))
                foreach (var piece in Pieces(item.Text)) seen.Add(piece);
            // A heading with nothing under it that many documents share is the form's empty section, not the author's text.
            foreach (var section in document.Sections.Where(s => s.StandsAlone)) seen.Add(Key(section.Heading));
            foreach (var piece in seen) counts[piece] = counts.GetValueOrDefault(piece) + 1;
        }
        return new(counts.Where(kv => kv.Value >= MinDocuments).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal));
    }

    public int Count => _recurring.Count;

    public bool IsRecurring(string lineOrSentence) => _recurring.Contains(Key(lineOrSentence));

    /// <summary>The text without its recurring lines and sentences.</summary>
    public string Strip(string text)
    {
        if (_recurring.Count == 0) return text;
        var kept = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            if (IsRecurring(line)) continue;
            kept.Add(string.Join(' ', Sentences(line).Where(s => !IsRecurring(s))));
        }
        return string.Join('\n', kept.Where(l => l.Length > 0));
    }

    /// <summary>Each line, and each sentence of a line with several.</summary>
    private static IEnumerable<string> Pieces(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var key = Key(line);
            if (key.Length == 0) continue;
            yield return key;
            var sentences = Sentences(line).ToList();
            if (sentences.Count > 1)
                foreach (var sentence in sentences) yield return Key(sentence);
        }
    }

    private static IEnumerable<string> Sentences(string line) => SentenceEnd().Split(line).Where(s => s.Trim().Length > 0);

    private static string Key(string text) => Reading.TextRepair.CollapseWhitespace(text).ToLowerInvariant();

    [GeneratedRegex(@"(?<=[.!?…])\s+")]
    private static partial Regex SentenceEnd();
}
