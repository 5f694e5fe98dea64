using System.Net;
using System.Net.Sockets;

namespace SdgArchive.SiteTests.Support;

/// <summary>
/// Serves a built site folder under a base path on 127.0.0.1 with the deployed headers (CSP included), for tests that
/// need real HTTP (workers, fetch of the search index). Unknown paths get the site's 404 page with status 404.
/// </summary>
public sealed class BrowserSiteServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly string _basePath;
    private readonly IReadOnlyDictionary<string, string> _headers;
    private readonly Task _loop;

    /// <summary>The site's home, e.g. <c>http://127.0.0.1:40123/archive/</c>.</summary>
    public string BaseUrl { get; }

    public BrowserSiteServer(string root, string basePath = "/", IReadOnlyDictionary<string, string>? headers = null)
    {
        _root = Path.GetFullPath(root);
        _basePath = basePath;
        _headers = headers ?? BrowserDeployedHeaders.ForEveryPage;
        BaseUrl = $"http://127.0.0.1:{FreePort()}{basePath}";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            try { Respond(context); }
            catch (HttpListenerException) { }
            finally { context.Response.Close(); }
        }
    }

    private void Respond(HttpListenerContext context)
    {
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
        var file = path.StartsWith(_basePath, StringComparison.Ordinal) ? BrowserStaticFiles.Resolve(_root, path[_basePath.Length..]) : null;
        foreach (var (name, value) in _headers) context.Response.Headers[name] = value;
        if (file is null)
        {
            context.Response.StatusCode = 404;
            file = Path.Combine(_root, "404.html");
            if (!File.Exists(file)) return;
        }
        context.Response.ContentType = BrowserStaticFiles.ContentType(file);
        var bytes = File.ReadAllBytes(file);
        context.Response.ContentLength64 = bytes.Length;
        context.Response.OutputStream.Write(bytes);
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}
