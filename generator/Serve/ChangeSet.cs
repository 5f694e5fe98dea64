namespace SdgArchive.Serve;

/// <summary>
/// Everything that changed since the last rebuild, after debouncing: one entry per file, in a stable order.
/// <see cref="IsFullRebuild"/> is set when the watcher lost track (its event buffer overflowed) and
/// the builder must not trust the list.
/// </summary>
public sealed record ChangeSet(IReadOnlyList<FileChange> Changes, bool IsFullRebuild = false)
{
    public static ChangeSet FullRebuild { get; } = new([], true);

    public bool IsEmpty => Changes.Count == 0 && !IsFullRebuild;

    public IEnumerable<FileChange> Of(ChangeKind kind) => Changes.Where(c => c.Kind == kind);

    public bool Any(ChangeKind kind) => Changes.Any(c => c.Kind == kind);

    /// <summary>Templates and settings can affect every page; documents and content only their own pages and what lists them.</summary>
    public bool AffectsEveryPage => IsFullRebuild || Any(ChangeKind.TemplateChanged) || Any(ChangeKind.SettingChanged);

    public override string ToString() => IsFullRebuild
        ? "full rebuild"
        : string.Join(", ", Changes.GroupBy(c => c.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Describe(g.Key)}"));

    private static string Describe(ChangeKind kind) => kind switch
    {
        ChangeKind.DocumentAdded => "document(s) added",
        ChangeKind.DocumentChanged => "document(s) changed",
        ChangeKind.DocumentDeleted => "document(s) deleted",
        ChangeKind.TemplateChanged => "template(s) changed",
        ChangeKind.ContentChanged => "content file(s) changed",
        _ => "setting(s) changed",
    };
}
