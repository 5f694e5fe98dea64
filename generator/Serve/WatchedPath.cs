namespace SdgArchive.Serve;

/// <summary>
/// A folder (watched recursively) or a single file the watcher reports changes for.
/// <see cref="Include"/> narrows the files that count (e.g. only <c>.txt</c>/<c>.md</c> documents); editor
/// swap and backup files are always left out.
/// </summary>
public sealed record WatchedPath(string Path, WatchArea Area, Func<string, bool>? Include = null)
{
    public bool Accepts(string fullPath)
    {
        var name = System.IO.Path.GetFileName(fullPath);
        if (name.Length == 0 || IsEditorJunk(name)) return false;
        return Include?.Invoke(fullPath) ?? true;
    }

    /// <summary>Files editors write beside the real one while saving (vim, emacs, JetBrains, many others).</summary>
    public static bool IsEditorJunk(string name) =>
        name.StartsWith('.') || name.StartsWith('#') || name.EndsWith('~') || name == "4913"
        || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".swx", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name.EndsWith("___jb_tmp___", StringComparison.Ordinal)
        || name.EndsWith("___jb_old___", StringComparison.Ordinal);
}
