using System.Net;

namespace SdgArchive.Security;

/// <summary>
/// Which <c>Host</c> headers the preview server answers. A DNS-rebinding page (evil.example resolving to 127.0.0.1)
/// reaches the server with its own name in <c>Host</c>; accepting only IP addresses the server listens on, and
/// <c>localhost</c>, with the server's port, keeps such a page out. Any header was accepted before.
/// </summary>
public static class HostHeaderPolicy
{
    public static bool Allows(string? host, IPAddress listening, int port)
    {
        if (string.IsNullOrEmpty(host)) return false;
        string name;
        string? portText = null;
        if (host.StartsWith('['))
        {
            var close = host.IndexOf(']');
            if (close < 0) return false;
            name = host[1..close];
            if (close + 1 < host.Length) { if (host[close + 1] != ':') return false; portText = host[(close + 2)..]; }
        }
        else
        {
            var colon = host.LastIndexOf(':');
            name = colon < 0 ? host : host[..colon];
            if (colon >= 0) portText = host[(colon + 1)..];
        }
        if (portText is not null && (!int.TryParse(portText, out var given) || given != port)) return false;
        if (name.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return IPAddress.IsLoopback(listening) || IsAny(listening);
        if (!IPAddress.TryParse(name, out var address)) return false; // a DNS name: exactly what rebinding uses
        if (IsAny(listening)) return true;
        return address.Equals(listening) || (IPAddress.IsLoopback(listening) && IPAddress.IsLoopback(address));
    }

    private static bool IsAny(IPAddress address) => address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any);
}
