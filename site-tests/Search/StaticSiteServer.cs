using System.Net;
using System.Net.Sockets;

namespace SdgArchive.SiteTests.Search;

/// <summary>Serves a built site folder under a base path on 127.0.0.1, with the site's Content-Security-Policy as a header.</summary>
internal sealed class StaticSiteServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly string _basePath;
    private readonly string _policy;
    private readonly Task _loop;

    public string BaseUrl { get; }

    public StaticSiteServer(string root, string basePath, string contentSecurityPolicy)
    {
        _root = Path.GetFullPath(root);
        _basePath = basePath;
        _policy = contentSecurityPolicy;
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}{basePath}";
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
        var relative = path.StartsWith(_basePath, StringComparison.Ordinal) ? path[_basePath.Length..] : "\0";
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        var file = Path.GetFullPath(Path.Combine(_root, relative));
        if (!file.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(file))
        {
            context.Response.StatusCode = 404;
            return;
        }
        context.Response.ContentType = Path.GetExtension(file) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".json" => "application/json",
            ".png" => "image/png",
            ".webp" => "image/webp",
            ".wasm" => "application/wasm",
            _ => "application/octet-stream",
        };
        context.Response.Headers["Content-Security-Policy"] = _policy;
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
