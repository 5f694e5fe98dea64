using System.Globalization;

namespace SdgArchive.Bench;

/// <summary>
/// How a synthetic corpus departs from the bench's default (unique titles, ~180 shared points, every page tagged, the
/// shared corpus's languages). The held-out corpus of issue 12 has one title shared by ~14 % of its documents, each
/// located document's point jittered around its country's centroid (~7,000 distinct points at 10,000 documents), ~30 %
/// plain-text documents without tags, and text that is not English.
/// </summary>
public sealed record CorpusShape
{
    /// <summary>Share of documents (0–1) given one and the same title, without the number that makes the others unique.</summary>
    public double RepeatedTitles { get; init; }
    /// <summary>Each located document gets its own point near its country's centroid instead of one from the shared pool.</summary>
    public bool JitteredPoints { get; init; }
    /// <summary>Share of documents (0–1) written as plain text: no tag lines at all.</summary>
    public double Untagged { get; init; }
    /// <summary>Share of documents (0–1) whose title and body come from the shared corpus's non-English pages.</summary>
    public double NonEnglish { get; init; }

    public static CorpusShape Default { get; } = new();

    /// <summary>The held-out corpus's shape: every departure at once.</summary>
    public static CorpusShape HeldOut { get; } = new() { RepeatedTitles = 0.14, JitteredPoints = true, Untagged = 0.30, NonEnglish = 0.25 };

    /// <summary>The shapes <c>--shape</c> names: <c>default</c>, <c>held-out</c>, or one departure alone.</summary>
    public static IReadOnlyDictionary<string, CorpusShape> Named { get; } = new Dictionary<string, CorpusShape>(StringComparer.Ordinal)
    {
        ["default"] = Default,
        ["held-out"] = HeldOut,
        ["repeated-titles"] = new() { RepeatedTitles = 0.14 },
        ["jittered-points"] = new() { JitteredPoints = true },
        ["untagged"] = new() { Untagged = 0.30 },
        ["non-english"] = new() { NonEnglish = 0.25 },
    };

    public override string ToString() => this == Default ? "default" : string.Create(CultureInfo.InvariantCulture,
        $"repeated titles {RepeatedTitles:P0}, {(JitteredPoints ? "jittered" : "pooled")} points, untagged {Untagged:P0}, non-English {NonEnglish:P0}");
}
