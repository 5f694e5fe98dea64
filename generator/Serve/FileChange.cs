namespace SdgArchive.Serve;

/// <summary>One file that changed: its full path, its path relative to the watched folder (forward slashes) and what kind of change.</summary>
public sealed record FileChange(ChangeKind Kind, WatchArea Area, string FullPath, string RelativePath);
