namespace SdgArchive.Search;

/// <summary>
/// What the site's Content-Security-Policy must allow for search, worked out from pagefind 1.6.0's bundle:
/// pagefind.js is an ES module loaded from the site ('self'); it compiles its WebAssembly with
/// WebAssembly.instantiate, which CSP only allows with 'wasm-unsafe-eval' (not 'unsafe-eval'); it starts a worker
/// from {base}pagefind/pagefind-worker.js (worker-src, falling back to the main thread if refused, which still needs the wasm
/// source); it fetches index chunks with fetch() (connect-src 'self'). No inline script, no eval, no inline style.
/// </summary>
public static class SearchContentSecurityPolicy
{
    public const string ScriptSource = "script-src 'self' 'wasm-unsafe-eval'";
    public const string WorkerSource = "worker-src 'self'";
    public const string ConnectSource = "connect-src 'self'";

    /// <summary>The directives search needs, to merge into the site policy.</summary>
    public static readonly IReadOnlyList<string> Directives = [ScriptSource, WorkerSource, ConnectSource];
}
