using System.Threading.Channels;

namespace SdgArchive.Serve;

/// <summary>
/// Watches documents, templates, content and settings and hands debounced, classified <see cref="ChangeSet"/>s
/// to a callback, one at a time: changes that arrive during a rebuild are gathered into the next one.
/// Classification looks at the disk when the burst is over, so an editor's save dance (write a temp file,
/// delete the original, rename) comes out as one "changed" document.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    public static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(30);

    private readonly IReadOnlyList<WatchedPath> _paths;
    private readonly HashSet<string> _folders;
    private readonly Func<ChangeSet, CancellationToken, Task> _onChange;
    private readonly TimeSpan _debounce;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly object _gate = new();
    private readonly Dictionary<string, WatchedPath> _pending = new(StringComparer.Ordinal);
    /// <summary>Files that existed at the last flush, per watched path: tells "added" from "changed" and ignores vanished temp files.</summary>
    private readonly Dictionary<WatchedPath, HashSet<string>> _known = [];
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stop = new();
    private readonly Timer _timer;
    private bool _overflowed;
    private Task _loop = Task.CompletedTask;

    public SiteWatcher(IEnumerable<WatchedPath> paths, Func<ChangeSet, CancellationToken, Task> onChange, TimeSpan? debounce = null)
    {
        _paths = paths.Select(p => p with { Path = Path.TrimEndingDirectorySeparator(Path.GetFullPath(p.Path)) }).ToList();
        // Decided once: a watched folder stays a folder while it is deleted and restored.
        _folders = _paths.Where(p => Directory.Exists(p.Path) || (!File.Exists(p.Path) && Path.GetExtension(p.Path).Length == 0))
            .Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        _onChange = onChange;
        _debounce = debounce ?? DefaultDebounce;
        _timer = new Timer(_ => _wake.Writer.TryWrite(true));
    }

    /// <summary>Raised when the callback throws; the watcher keeps going.</summary>
    public event Action<Exception>? CallbackFailed;

    public void Start()
    {
        foreach (var watched in _paths) _known[watched] = Snapshot(watched);
        Rewatch();
        _loop = Task.Run(RunAsync);
    }

    /// <summary>
    /// One system watcher per folder, never two over one file: a file path watched on its own (the settings) whose
    /// folder is watched already (content) is told apart by <see cref="AreaOf"/>, not by a second watcher. (Two
    /// watchers raised two events per save; whichever came last decided, and about half the settings edits were
    /// taken for content the content area does not accept, and lost.) The parent of every watched folder is watched
    /// too, so a folder deleted and restored is seen coming back and watched again.
    /// </summary>
    private void Rewatch()
    {
        lock (_watchers) RewatchLocked();
    }

    private void RewatchLocked()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _watchers.Clear();
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        var parents = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var watched in _paths)
        {
            if (_folders.Contains(watched.Path) && Directory.Exists(watched.Path)) folders.Add(watched.Path);
            if (Path.GetDirectoryName(watched.Path) is { } parent && Directory.Exists(parent)) parents.Add(parent);
        }
        foreach (var folder in folders) _watchers.Add(CreateWatcher(folder, recursive: true));
        // A parent watched recursively already (the settings' content folder) needs no watcher of its own.
        foreach (var parent in parents.Where(p => !folders.Any(f => IsSameOrInside(p, f))))
            _watchers.Add(CreateWatcher(parent, recursive: false));
    }

    private FileSystemWatcher CreateWatcher(string folder, bool recursive)
    {
        var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = recursive };
        watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;
        watcher.InternalBufferSize = 64 * 1024;
        watcher.Created += (_, e) => Note(e.FullPath);
        watcher.Changed += (_, e) => Note(e.FullPath);
        watcher.Deleted += (_, e) => Note(e.FullPath);
        watcher.Renamed += (_, e) => { Note(e.OldFullPath); Note(e.FullPath); };
        watcher.Error += (_, _) => { lock (_gate) _overflowed = true; Arm(); };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The watched path a changed path belongs to: the file itself when it is watched alone, else the innermost watched folder holding it.</summary>
    private WatchedPath? AreaOf(string fullPath) =>
        _paths.FirstOrDefault(p => p.Path == fullPath && !_folders.Contains(p.Path))
        ?? _paths.Where(p => IsSameOrInside(fullPath, p.Path)).MaxBy(p => p.Path.Length);

    private void Note(string fullPath)
    {
        if (AreaOf(fullPath) is not { } watched) return; // a sibling in a watched folder's parent
        lock (_gate)
        {
            _pending[fullPath] = watched;
            // A watched folder itself appeared (restored after a delete, or renamed into place): watch it again and
            // read everything afresh.
            if (watched.Path == fullPath && Directory.Exists(fullPath)) _reappeared = true;
        }
        Arm();
    }

    private bool _reappeared;

    /// <summary>(Re)starts the quiet period: the flush happens once no event arrived for the debounce time.</summary>
    private void Arm() => _timer.Change(_debounce, Timeout.InfiniteTimeSpan);

    private async Task RunAsync()
    {
        try
        {
            while (await _wake.Reader.WaitToReadAsync(_stop.Token))
            {
                _wake.Reader.TryRead(out _);
                var changes = Flush();
                if (changes.IsEmpty) continue;
                try { await _onChange(changes, _stop.Token); }
                catch (OperationCanceledException) when (_stop.IsCancellationRequested) { return; }
                catch (Exception e) { CallbackFailed?.Invoke(e); }
            }
        }
        catch (OperationCanceledException) { }
    }

    /// <summary>Turns the pending paths into a change set by looking at what is on disk now.</summary>
    internal ChangeSet Flush()
    {
        Dictionary<string, WatchedPath> pending;
        bool overflowed;
        lock (_gate)
        {
            pending = new(_pending, StringComparer.Ordinal);
            _pending.Clear();
            overflowed = _overflowed;
            _overflowed = false;
        }
        bool reappeared;
        lock (_gate)
        {
            reappeared = _reappeared;
            _reappeared = false;
        }
        if (reappeared) Rewatch(); // before the snapshot below, so no file written meanwhile goes unseen
        if (overflowed || reappeared)
        {
            foreach (var watched in _paths) _known[watched] = Snapshot(watched);
            return ChangeSet.FullRebuild;
        }

        var changes = new Dictionary<string, FileChange>(StringComparer.Ordinal);
        foreach (var (path, watched) in pending)
        {
            var known = _known[watched];
            if (File.Exists(path))
            {
                if (watched.Accepts(path) || (path == watched.Path && !_folders.Contains(path))) Add(changes, watched, path, known.Add(path) ? Added(watched.Area) : Changed(watched.Area));
            }
            else if (Directory.Exists(path))
            {
                // A folder moved or copied in: its files are new.
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(watched.Accepts))
                    if (known.Add(file)) Add(changes, watched, file, Added(watched.Area));
            }
            else
            {
                // Gone: the file itself, or everything that was under a deleted folder.
                var prefix = path + Path.DirectorySeparatorChar;
                var removed = known.Where(k => k == path || k.StartsWith(prefix, StringComparison.Ordinal)).ToList();
                foreach (var file in removed)
                {
                    known.Remove(file);
                    Add(changes, watched, file, Deleted(watched.Area));
                }
            }
        }
        return new ChangeSet(changes.Values
            .OrderBy(c => c.Area).ThenBy(c => c.RelativePath, StringComparer.Ordinal).ThenBy(c => c.Kind).ToList());
    }

    private void Add(Dictionary<string, FileChange> changes, WatchedPath watched, string file, ChangeKind kind)
    {
        var root = _folders.Contains(watched.Path) ? watched.Path : Path.GetDirectoryName(watched.Path)!;
        var relative = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
        changes[file] = new FileChange(kind, watched.Area, file, relative);
    }

    private static ChangeKind Added(WatchArea area) => area == WatchArea.Documents ? ChangeKind.DocumentAdded : Changed(area);
    private static ChangeKind Deleted(WatchArea area) => area == WatchArea.Documents ? ChangeKind.DocumentDeleted : Changed(area);

    private static ChangeKind Changed(WatchArea area) => area switch
    {
        WatchArea.Documents => ChangeKind.DocumentChanged,
        WatchArea.Templates => ChangeKind.TemplateChanged,
        WatchArea.Content => ChangeKind.ContentChanged,
        _ => ChangeKind.SettingChanged,
    };

    private static HashSet<string> Snapshot(WatchedPath watched)
    {
        if (Directory.Exists(watched.Path))
            return Directory.EnumerateFiles(watched.Path, "*", SearchOption.AllDirectories).Where(watched.Accepts).ToHashSet(StringComparer.Ordinal);
        return File.Exists(watched.Path) ? new HashSet<string>([watched.Path], StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal);
    }

    public void Dispose()
    {
        _stop.Cancel();
        lock (_watchers) foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
        _stop.Dispose();
    }
}
