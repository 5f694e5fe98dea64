using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SdgArchive.SiteTests.Images;

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 for the mirror tests: each route answers one way (an image, a redirect, a slow
/// or oversized body, an error). One request per connection; every request is counted, so a test can see what was
/// fetched. Never listens beyond loopback.
/// </summary>
internal sealed class LoopbackImageServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<string, Func<NetworkStream, CancellationToken, Task>> _routes = new(StringComparer.Ordinal);
    private readonly Task _loop;

    public ConcurrentDictionary<string, int> Requests { get; } = new(StringComparer.Ordinal);

    public LoopbackImageServer(byte[] jpeg, byte[] png)
    {
        _routes["/photo.jpg"] = (s, c) => Answer(s, 200, "image/jpeg", jpeg, c);
        _routes["/chart.png"] = (s, c) => Answer(s, 200, "image/png", png, c);
        _routes["/moved.jpg"] = (s, c) => Redirect(s, "/photo.jpg", c);
        _routes["/to-file"] = (s, c) => Redirect(s, "file:///etc/passwd", c);
        _routes["/to-ftp"] = (s, c) => Redirect(s, "ftp://127.0.0.1/photo.jpg", c);
        _routes["/loop"] = (s, c) => Redirect(s, "/loop", c);
        _routes["/missing.png"] = (s, c) => Answer(s, 404, "text/plain", "not here"u8.ToArray(), c);
        _routes["/page.png"] = (s, c) => Answer(s, 200, "text/html", "<!doctype html><p>not an image</p>"u8.ToArray(), c);
        _routes["/announced-huge.png"] = (s, c) => Head(s, 200, "image/png", 50_000_000, c);
        _routes["/streamed-huge.png"] = async (s, c) =>
        {
            await Head(s, 200, "image/png", null, c);
            var block = new byte[64 * 1024];
            for (var i = 0; i < 200 && !c.IsCancellationRequested; i++) await s.WriteAsync(block, c); // 12.5 MB, no length said
        };
        _routes["/slow.jpg"] = async (s, c) =>
        {
            await Head(s, 200, "image/jpeg", jpeg.Length, c);
            await s.WriteAsync(jpeg.AsMemory(0, 100), c);
            await Task.Delay(TimeSpan.FromSeconds(120), c); // the rest never comes in time
        };
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    public string Url(string path) => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}{path}";

    public int Count(string path) => Requests.TryGetValue(path, out var n) ? n : 0;

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (OperationCanceledException) { return; }
            catch (ObjectDisposedException) { return; }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var head = new StringBuilder();
                var buffer = new byte[1];
                // Requests are a few hundred bytes; 8 KB bounds a runaway client.
                while (head.Length < 8192 && !head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
                {
                    if (await stream.ReadAsync(buffer, _stop.Token) == 0) return;
                    head.Append((char)buffer[0]);
                }
                var path = head.ToString().Split(' ')[1];
                Requests.AddOrUpdate(path, 1, (_, n) => n + 1);
                if (_routes.TryGetValue(path, out var route)) await route(stream, _stop.Token);
                else await Answer(stream, 404, "text/plain", [], _stop.Token);
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or SocketException) { }
        }
    }

    private static async Task Head(NetworkStream stream, int status, string type, long? length, CancellationToken cancel)
    {
        var head = $"HTTP/1.1 {status} X\r\nContent-Type: {type}\r\n{(length is { } l ? $"Content-Length: {l}\r\n" : "")}Connection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), cancel);
    }

    private static async Task Answer(NetworkStream stream, int status, string type, byte[] body, CancellationToken cancel)
    {
        await Head(stream, status, type, body.Length, cancel);
        await stream.WriteAsync(body, cancel);
    }

    private static async Task Redirect(NetworkStream stream, string location, CancellationToken cancel) =>
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"), cancel);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
        _stop.Dispose();
    }
}
