namespace SdgArchive.Serve;

/// <summary>The role of a watched folder or file in the project.</summary>
public enum WatchArea { Documents, Templates, Content, Settings }
