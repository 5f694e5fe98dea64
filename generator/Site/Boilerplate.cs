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
        // Each document's pieces in parallel (splitting into lines and sentences is the cost: ~1.2 s of a
        // 10,000-document build on one thread); counting them stays one loop, so the result is the same.
        var pieces = documents.AsParallel().AsOrdered().Select(PiecesOf).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var seen in pieces)
            foreach (var piece in seen) counts[piece] = counts.GetValueOrDefault(piece) + 1;
        return new(counts.Where(kv => kv.Value >= MinDocuments).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The distinct lines and sentences of one document that could recur in others.</summary>
    private static HashSet<string> PiecesOf(ArchiveDocument document)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in document.Sections.SelectMany(s => s.Items).Where(i => i.IsAnswered))
            foreach (var piece in Pieces(item.Text)) seen.Add(piece);
        // A heading with nothing under it that many documents share is the form's empty section, not the author's text.
        foreach (var section in document.Sections.Where(s => s.StandsAlone)) seen.Add(Key(section.Heading));
        return seen;
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

    /// <summary>
    /// The text without the navigation of a copied web page ("Skip to main content", the country, "WHO WE ARE" … "HOME",
    /// "BLOG"), wherever it stands in an answer: a run of at least <see cref="MinNavigationLines"/> consecutive short
    /// lines (menu items and breadcrumbs: at most <see cref="MaxNavigationWords"/> words, no sentence end) of which at
    /// least two, and at least half, recur in the archive; never a whole answer. The run goes with its lines that do
    /// not recur (the country's name between the menu items), which no single recurring line would take.
    /// </summary>
    public string WithoutNavigation(string text)
    {
        if (_recurring.Count == 0) return text;
        var lines = text.Split('\n');
        var kept = new List<string>(lines.Length);
        for (var i = 0; i < lines.Length;)
        {
            var end = i;
            var recurring = 0;
            for (; end < lines.Length && IsMenuItem(lines[end]); end++)
                if (IsRecurring(lines[end])) recurring++;
            // A run that is the whole answer is the author's choice from a list of options ("Sense", "Explore",
            // "Test"), not a menu: a copied page's navigation always sits inside the copied text.
            var wholeAnswer = i == 0 && end == lines.Length;
            if (end - i >= MinNavigationLines && recurring >= 2 && 2 * recurring >= end - i && !wholeAnswer) { i = end; continue; }
            for (var k = i; k < Math.Max(end, i + 1); k++) kept.Add(lines[k]);
            i = Math.Max(end, i + 1);
        }
        return kept.Count == lines.Length ? text : string.Join('\n', kept);
    }

    /// <summary>Three lines: the shortest menu of the shared pages is a skip link, "HOME" and the country.</summary>
    private const int MinNavigationLines = 3;

    /// <summary>"MALAYSIA, SINGAPORE & BRUNEI DARUSSALAM", the longest breadcrumb of the shared pages, has five.</summary>
    private const int MaxNavigationWords = 5;

    private static bool IsMenuItem(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 0 && trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxNavigationWords
            && !".!?…:".Contains(trimmed[^1]);
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
