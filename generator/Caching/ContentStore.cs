namespace SdgArchive.Caching;

/// <summary>
/// The content-addressed part of <c>.sdg-cache/</c>: social cards, encoded images and read documents, each kind in a
/// folder of its own: files the site links or copies as they are (<see cref="StoreKind"/>: <c>{cache}/{kind}/{first two
/// characters}/{key}</c>), small entries only read back in packs (<see cref="PackedKind"/>: <c>{cache}/{kind}/{first
/// character}.pack</c>). Entries are named by the hash of everything they were made from, written once and never
/// changed, so they pile up as documents are edited: at 10,000 documents the read cache alone held 171 MB. A successful
/// full build therefore ends with <see cref="Prune"/>, which deletes the entries of the kinds this build used that it
/// did not use itself, under an exclusive <see cref="StoreLease"/> so no other build or serve using the store loses an
/// entry it relies on. The build states of output folders that are gone (<see cref="BuildCache.SweepStates"/>) go with
/// it.
/// </summary>
public sealed class ContentStore(string cacheFolder)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, StoreKind> _kinds =
        new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<PackedKind>> _packed =
        new(StringComparer.Ordinal);

    /// <summary>The cache folder (<c>--cache</c>), made absolute.</summary>
    public string Folder { get; } = Path.GetFullPath(cacheFolder);

    /// <summary>The kind <paramref name="name"/> (a folder name such as <c>cards</c>), opened for this build.</summary>
    public StoreKind Kind(string name) => _kinds.GetOrAdd(name, n => new StoreKind(Folder, n));

    /// <summary>The packed kind <paramref name="name"/> (such as <c>documents</c>), opened for this build.</summary>
    public PackedKind Packed(string name) =>
        _packed.GetOrAdd(name, n => new Lazy<PackedKind>(() => new PackedKind(Folder, n))).Value;

    /// <summary>
    /// Saves the entries this build added to packed kinds (see <see cref="PackedKind.Flush"/>); returns how many.
    /// </summary>
    public int Flush() => _packed.Values.Sum(kind => kind.Value.Flush());

    /// <summary>
    /// Deletes, in every kind this build opened, the entries it neither read, wrote nor kept; a kind it did not open
    /// (cards under <c>--no-cards</c>) is left whole: a later build with cards would draw every card again. Takes the
    /// store's exclusive lease after giving back <paramref name="shared"/> (the build's own); when another build or
    /// serve holds the store, nothing is deleted (<see cref="StorePruning.InUse"/>).
    /// </summary>
    public StorePruning Prune(StoreLease? shared)
    {
        shared?.Dispose();
        using var exclusive = StoreLease.TryExclusive(Folder);
        if (exclusive is null) return StorePruning.InUse;
        var pruned = StorePruning.None;
        foreach (var kind in _kinds.Values.OrderBy(k => k.Name, StringComparer.Ordinal)) pruned += kind.Sweep();
        foreach (var kind in _packed.Values.Select(k => k.Value).OrderBy(k => k.Name, StringComparer.Ordinal))
            pruned += kind.Sweep();
        return pruned + BuildCache.SweepStates(Folder);
    }
}
