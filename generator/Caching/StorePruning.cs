using System.Globalization;

namespace SdgArchive.Caching;

/// <summary>
/// What <see cref="ContentStore.Prune"/> deleted: store entries, and build states of output folders gone
/// (<see cref="Skipped"/>: another build held the store).
/// </summary>
public sealed record StorePruning(int Entries, long Bytes, bool Skipped = false, int States = 0, long StateBytes = 0)
{
    public static readonly StorePruning None = new(0, 0);
    public static readonly StorePruning InUse = new(0, 0, Skipped: true);

    public static StorePruning operator +(StorePruning a, StorePruning b) =>
        new(a.Entries + b.Entries, a.Bytes + b.Bytes, a.Skipped || b.Skipped, a.States + b.States,
            a.StateBytes + b.StateBytes);

    /// <summary>The line <c>build --verbose</c> prints.</summary>
    public override string ToString()
    {
        if (Skipped) return "cache: not pruned (another build or serve is using it)";
        var line = string.Create(CultureInfo.InvariantCulture,
            $"cache: {Entries} entries pruned ({Bytes / 1_000_000.0:0.0} MB)");
        if (States == 0) return line;
        var files = States == 1 ? "file" : "files";
        return line + string.Create(CultureInfo.InvariantCulture,
            $"; {States} build state {files} of removed output folders deleted ({StateBytes / 1_000_000.0:0.0} MB)");
    }
}
