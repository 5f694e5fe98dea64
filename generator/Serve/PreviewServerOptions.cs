using System.Net;

namespace SdgArchive.Serve;

/// <summary>Where and how the preview server listens. Loopback only unless <see cref="Host"/> says otherwise.</summary>
public sealed record PreviewServerOptions
{
    public const int DefaultPort = 8080;

    /// <summary>The built site folder to serve.</summary>
    public required string Root { get; init; }
    public string Host { get; init; } = "127.0.0.1";
    /// <summary>0 picks a free port (tests, benchmarks).</summary>
    public int Port { get; init; } = DefaultPort;
    /// <summary>The URL sub-path the site is built for, e.g. <c>/archive/</c>.</summary>
    public string BasePath { get; init; } = "/";
    /// <summary>Inject the reload script into HTML and offer the event stream.</summary>
    public bool LiveReload { get; init; } = true;

    public static IPAddress ParseHost(string host) => host.Trim() switch
    {
        "localhost" => IPAddress.Loopback,
        "*" or "any" => IPAddress.Any,
        var text when IPAddress.TryParse(text.Trim('[', ']'), out var address) => address,
        var text => throw new ArgumentException($"--host must be an IP address or 'localhost', not '{text}'"),
    };
}
