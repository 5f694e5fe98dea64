using SdgArchive.Model;
using SdgArchive.Reading;

namespace SdgArchive.Site;

/// <summary>
/// Text the archive repeats from document to document: the form's own sentences and the navigation of copied web pages
/// ("Original article published here", "HOME", "BLOG"). Decided from the archive itself: a line or sentence of the
/// answers that appears in <see cref="MinDocuments"/> or more documents is not what one lab wrote.
/// </summary>
public sealed class Boilerplate
{
    /// <summary>Five documents: no two labs write the same sentence five times, while the form says its own in hundreds.</summary>
    public const int MinDocuments = 5;

    private readonly HashSet<ulong> _recurring;

    private Boilerplate(HashSet<ulong> recurring)
    {
        _recurring = recurring;
        var names = new byte[recurring.Count * sizeof(ulong)];
        var i = 0;
        foreach (var piece in recurring.Order())
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(names.AsSpan(i++ * sizeof(ulong)), piece);
        Fingerprint = Caching.ContentHash.Of(names);
    }

    public static Boilerplate None { get; } = new([]);

    /// <summary>The hash of the recurring pieces: text made from a document and this boilerplate is keyed by.</summary>
    public string Fingerprint { get; }

    /// <summary>The pieces found in <see cref="MinDocuments"/> or more documents (each names its own once).</summary>
    public static Boilerplate From(IEnumerable<ArchiveDocument> documents)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (var document in documents)
            foreach (var piece in document.Pieces) counts[piece] = counts.GetValueOrDefault(piece) + 1;
        return new(counts.Where(kv => kv.Value >= MinDocuments).Select(kv => kv.Key).ToHashSet());
    }

    public int Count => _recurring.Count;

    public bool IsRecurring(string lineOrSentence) =>
        _recurring.Count > 0 && _recurring.Contains(TextPieces.Hash(TextPieces.Key(lineOrSentence)));

    /// <summary>The text without its recurring lines and sentences.</summary>
    public string Strip(string text)
    {
        if (_recurring.Count == 0) return text;
        var kept = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            if (IsRecurring(line)) continue;
            kept.Add(string.Join(' ', TextPieces.Sentences(line).Where(s => !IsRecurring(s))));
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
        var trimmed = line.AsSpan().Trim();
        return trimmed.Length > 0 && !".!?…:".Contains(trimmed[^1]) && Words(trimmed) <= MaxNavigationWords;
    }

    /// <summary>
    /// The words of a line as split at spaces, counted up to one past the menu's limit: splitting every line of every
    /// answer into new strings was 269 MB of a 10,000-document build's allocations.
    /// </summary>
    private static int Words(ReadOnlySpan<char> line)
    {
        var words = 0;
        for (var i = 0; i < line.Length && words <= MaxNavigationWords; i++)
            if (line[i] != ' ' && (i == 0 || line[i - 1] == ' ')) words++;
        return words;
    }
}
