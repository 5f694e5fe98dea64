using System.Net;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SdgArchive.Serve;

/// <summary>
/// Serves a built site folder over HTTP for preview (Kestrel). Paths are checked on the raw request target,
/// so traversal attempts are refused, never normalised into something servable; no file outside
/// <see cref="PreviewServerOptions.Root"/> is ever opened. Live reload lives under <c>/__sdg/</c>.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    public const string EventsPath = "/__sdg/events";
    public const string DiagnosticsPath = "/__sdg/diagnostics.json";

    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);
    private static readonly Lazy<byte[]> ReloadScript = new(LoadReloadScript);

    private readonly PreviewServerOptions _options;
    private readonly string _root;
    private readonly string _basePath;
    private WebApplication? _app;

    public PreviewServer(PreviewServerOptions options, LiveReloadHub? hub = null)
    {
        _options = options;
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.Root));
        _basePath = RequestPath.NormaliseBase(options.BasePath);
        Hub = hub ?? new LiveReloadHub();
    }

    public LiveReloadHub Hub { get; }

    /// <summary>The address the server listens on (with the real port when 0 was asked for), ending in the base path.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        var address = PreviewServerOptions.ParseHost(_options.Host);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "sdg-archive-serve" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(address, _options.Port);
        });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        app.Run(HandleAsync);
        await app.StartAsync(cancellationToken);
        _app = app;

        var listening = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        var port = listening is null ? _options.Port : new Uri(listening.Replace("[::]", "localhost")).Port;
        var host = address.Equals(IPAddress.Any) ? "127.0.0.1" : address.Equals(IPAddress.IPv6Any) ? "[::1]"
            : address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
        Address = new Uri($"http://{host}:{port}{_basePath}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is null) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
        _app = null;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers["X-Content-Type-Options"] = "nosniff";
        if (!Security.HostHeaderPolicy.Allows(request.Host.Value, PreviewServerOptions.ParseHost(_options.Host), Address.Port))
        {
            await WriteTextAsync(context, StatusCodes.Status421MisdirectedRequest, "Misdirected request: this server answers only to its own address");
            return;
        }
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await WriteTextAsync(context, StatusCodes.Status405MethodNotAllowed, "Method not allowed");
            return;
        }

        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "/";
        var withoutQuery = rawTarget.Split('?', 2)[0];
        if (_options.LiveReload && withoutQuery.StartsWith("/__sdg/", StringComparison.Ordinal))
        {
            await HandleLiveReloadAsync(context, withoutQuery);
            return;
        }

        switch (RequestPath.Parse(rawTarget, _basePath))
        {
            case RequestPath.Rejected:
                await WriteTextAsync(context, StatusCodes.Status400BadRequest, "Bad request: path not allowed");
                return;
            case RequestPath.OutsideBase when _basePath != "/" && withoutQuery == "/":
                Redirect(context, _basePath);
                return;
            case RequestPath.OutsideBase:
                await NotFoundAsync(context);
                return;
            case RequestPath.Safe safe:
                await ServeDuringSwapsAsync(context, safe);
                return;
        }
    }

    /// <summary>
    /// A rebuild swaps the whole folder or rewrites files while requests are read: a page found a moment ago may be
    /// gone (a title edit moves the document to a new address), which threw from the read and answered 500. A file
    /// that vanishes between lookup and read is looked up again once the swap is over (it is then served or not
    /// found); a read that still fails answers 503 with Retry-After, never 500.
    /// </summary>
    private async Task ServeDuringSwapsAsync(HttpContext context, RequestPath.Safe safe)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ServeSafePathAsync(context, safe);
                return;
            }
            catch (IOException) when (!context.Response.HasStarted && attempt < 3)
            {
                await Task.Delay(50 * attempt, context.RequestAborted);
            }
            catch (IOException) when (!context.Response.HasStarted)
            {
                context.Response.Headers.RetryAfter = "1";
                await WriteTextAsync(context, StatusCodes.Status503ServiceUnavailable, "The site is being rebuilt: try again in a moment");
                return;
            }
        }
    }

    private async Task ServeSafePathAsync(HttpContext context, RequestPath.Safe safe)
    {
        var resolved = ResolveInsideRoot(safe.Segments);
        if (resolved is null) { await NotFoundAsync(context); return; }

        if (Directory.Exists(resolved))
        {
            if (!safe.EndsWithSlash)
            {
                // Relative links in the index page only work from the slash-terminated URL.
                var query = context.Request.QueryString.Value ?? "";
                Redirect(context, _basePath + safe.RelativePath + (safe.Segments.Count > 0 ? "/" : "") + query);
                return;
            }
            resolved = ResolveInsideRoot([.. safe.Segments, "index.html"]);
            if (resolved is null || !File.Exists(resolved)) { await NotFoundAsync(context); return; }
        }
        else if (!File.Exists(resolved))
        {
            await NotFoundAsync(context);
            return;
        }
        await ServeFileAsync(context, resolved, StatusCodes.Status200OK);
    }

    /// <summary>
    /// The full path for the segments, or null when it (or a symbolic link on the way) leads outside the root.
    /// The request was already checked; this is the second, file-system-level guard.
    /// </summary>
    private string? ResolveInsideRoot(IReadOnlyList<string> segments)
    {
        var current = _root;
        foreach (var segment in segments)
        {
            var next = Path.GetFullPath(Path.Combine(current, segment));
            if (!IsInsideRoot(next)) return null;
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.Exists && info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                if (target is null || !IsInsideRoot(Path.GetFullPath(target.FullName))) return null;
                next = Path.GetFullPath(target.FullName);
            }
            current = next;
        }
        return current;
    }

    private bool IsInsideRoot(string fullPath) =>
        fullPath == _root || fullPath.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private async Task ServeFileAsync(HttpContext context, string fullPath, int status)
    {
        // Read whole through one handle before anything is answered: a file swapped or rewritten meanwhile can neither
        // fail half-way through the answer nor disagree with the length announced.
        var bytes = await ReadAsync(fullPath, context.RequestAborted);
        if (_options.LiveReload && MimeTypes.IsHtml(fullPath)) bytes = ReloadScriptInjector.Inject(bytes);
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = MimeTypes.For(fullPath);
        // The preview must always show the latest build.
        response.Headers.CacheControl = "no-store";
        response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private static async Task<byte[]> ReadAsync(string fullPath, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(fullPath, new FileStreamOptions
        {
            Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.ReadWrite | FileShare.Delete, Options = FileOptions.Asynchronous,
        });
        using var memory = new MemoryStream(stream.CanSeek ? (int)Math.Min(stream.Length, int.MaxValue) : 0);
        await stream.CopyToAsync(memory, cancellationToken);
        return memory.ToArray();
    }

    private async Task NotFoundAsync(HttpContext context)
    {
        var page = Path.Combine(_root, "404.html");
        if (File.Exists(page)) await ServeFileAsync(context, page, StatusCodes.Status404NotFound);
        else await WriteTextAsync(context, StatusCodes.Status404NotFound, "Not found");
    }

    private static void Redirect(HttpContext context, string location)
    {
        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = location;
        context.Response.Headers.CacheControl = "no-store";
    }

    private static async Task WriteTextAsync(HttpContext context, int status, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        var bytes = Encoding.UTF8.GetBytes(text + "\n");
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private async Task HandleLiveReloadAsync(HttpContext context, string path)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        switch (path)
        {
            case ReloadScriptInjector.ScriptPath:
                response.ContentType = MimeTypes.For(".js");
                response.ContentLength = ReloadScript.Value.Length;
                if (!HttpMethods.IsHead(context.Request.Method)) await response.Body.WriteAsync(ReloadScript.Value, context.RequestAborted);
                return;
            case DiagnosticsPath:
                var json = Encoding.UTF8.GetBytes(Hub.Diagnostics.ToJson());
                response.ContentType = MimeTypes.For(".json");
                response.ContentLength = json.Length;
                if (!HttpMethods.IsHead(context.Request.Method)) await response.Body.WriteAsync(json, context.RequestAborted);
                return;
            case EventsPath:
                await StreamEventsAsync(context);
                return;
            default:
                await WriteTextAsync(context, StatusCodes.Status404NotFound, "Not found");
                return;
        }
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        using var subscription = Hub.Subscribe();
        try
        {
            await response.WriteAsync("retry: 500\n\n", cancel.Token);
            await response.Body.FlushAsync(cancel.Token);
            while (!cancel.IsCancellationRequested)
            {
                var waitForEvent = subscription.Events.WaitToReadAsync(cancel.Token).AsTask();
                var finished = await Task.WhenAny(waitForEvent, Task.Delay(Heartbeat, cancel.Token));
                if (finished != waitForEvent)
                {
                    await response.WriteAsync(": keep-alive\n\n", cancel.Token);
                }
                else
                {
                    if (!await waitForEvent) break;
                    while (subscription.Events.TryRead(out var e)) await response.WriteAsync(e.ToWireFormat(), cancel.Token);
                }
                await response.Body.FlushAsync(cancel.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The tab closed or the server is stopping: nothing to report.
        }
    }

    private static byte[] LoadReloadScript()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("SdgArchive.Serve.reload.js")
            ?? throw new InvalidOperationException("reload.js resource missing from the build");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
