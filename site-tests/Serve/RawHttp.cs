using System.Net.Sockets;
using System.Text;

namespace SdgArchive.SiteTests.Serve;

/// <summary>
/// Sends a request target byte for byte. HttpClient would normalise <c>/../</c> and backslashes before
/// sending, which would hide exactly the attacks the server has to refuse.
/// </summary>
internal static class RawHttp
{
    public sealed record Response(int Status, string Head, string Body);

    public static async Task<Response> GetAsync(Uri server, string rawTarget, CancellationToken cancellationToken = default) =>
        await GetAsync(server, rawTarget, server.Authority, cancellationToken);

    /// <summary>With a <c>Host</c> header of the test's choosing (a DNS-rebinding page sends its own name).</summary>
    public static async Task<Response> GetAsync(Uri server, string rawTarget, string host, CancellationToken cancellationToken = default)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, cancellationToken);
        await using var stream = client.GetStream();
        var request = $"GET {rawTarget} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request), cancellationToken);
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory, cancellationToken);
        var text = Encoding.UTF8.GetString(memory.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        var body = split < 0 ? "" : text[(split + 4)..];
        var statusLine = head.Split("\r\n")[0].Split(' ');
        return new Response(statusLine.Length > 1 && int.TryParse(statusLine[1], out var status) ? status : 0, head, body);
    }
}
