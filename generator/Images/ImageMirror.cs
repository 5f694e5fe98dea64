using SdgArchive.Caching;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SdgArchive.Images;

/// <summary>
/// Downloads remote images into the build cache for <c>--mirror-images</c>: content-addressed (<c>blobs/&lt;sha256&gt;</c>)
/// with an index from each address to its content (<c>index/&lt;sha256 of the address&gt;</c>). An address fetched once
/// is never fetched again, so the same cache gives the same site; a failure is not remembered and is tried again on the
/// next build. Requests: GET over http or https only, redirects followed by hand (never to another scheme, never from
/// https down to http), a time limit for the whole request and a size limit read as the body arrives.
/// </summary>
public sealed class ImageMirror
{
    private readonly ImageMirrorOptions _options;
    private readonly HttpClient _client;
    private readonly ConcurrentDictionary<string, Lazy<MirroredImage>> _fetched = new(StringComparer.Ordinal);

    public ImageMirror(ImageMirrorOptions options)
    {
        _options = options;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            UseProxy = false,
            ConnectTimeout = options.Timeout,
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("sdg-archive-image-mirror/1");
        _client.DefaultRequestHeaders.Accept.ParseAdd("image/avif,image/webp,image/png,image/jpeg,image/gif,image/*;q=0.8");
    }

    public static bool CanMirror(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    /// <summary>The image at <paramref name="url"/>: from the cache, or downloaded once per build however many pages show it.</summary>
    public MirroredImage Get(string url) => _fetched.GetOrAdd(url.Trim(), u => new Lazy<MirroredImage>(() => Fetch(u))).Value;

    /// <summary>Fetches every address not in the cache yet, a few at a time; returns how many now have their bytes.</summary>
    public int Prefetch(IEnumerable<string> urls)
    {
        var distinct = urls.Select(u => u.Trim()).Where(CanMirror).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var succeeded = 0;
        System.Threading.Tasks.Parallel.ForEach(distinct, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Parallel) }, url =>
        {
            if (Get(url).Succeeded) Interlocked.Increment(ref succeeded);
        });
        return succeeded;
    }

    public string IndexFile(string url) =>
        Path.Combine(_options.Folder, "index", ContentHash.Of(url));

    private MirroredImage Fetch(string url)
    {
        var index = IndexFile(url);
        if (FromCache(index) is { } cached) return new MirroredImage(url, cached, null, index);
        string? problem;
        byte[]? bytes;
        try
        {
            bytes = Download(url, out problem);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or OperationCanceledException or SocketException)
        {
            (bytes, problem) = (null, ex is OperationCanceledException ? $"no answer within {_options.Timeout.TotalSeconds:0} s" : Reason(ex));
        }
        if (bytes is null) return new MirroredImage(url, null, problem, index);
        Store(index, bytes);
        return new MirroredImage(url, bytes, null, index);
    }

    private byte[]? Download(string url, out string? problem)
    {
        using var deadline = new CancellationTokenSource(_options.Timeout);
        var address = new Uri(url);
        for (var hop = 0; hop <= _options.MaxRedirects; hop++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, address);
            using var response = _client.Send(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                var next = location.IsAbsoluteUri ? location : new Uri(address, location);
                if (next.Scheme is not ("http" or "https") || (address.Scheme == "https" && next.Scheme == "http"))
                {
                    problem = $"redirected to {next.Scheme}:, which is not followed";
                    return null;
                }
                address = next;
                continue;
            }
            if (status is < 200 or >= 300) { problem = $"the server answered HTTP {status}"; return null; }
            if (response.Content.Headers.ContentLength is > 0 and var length && length > _options.MaxBytes)
            {
                problem = $"{length:N0} bytes is over the limit of {_options.MaxBytes:N0}";
                return null;
            }
            return ReadLimited(response.Content.ReadAsStream(deadline.Token), deadline.Token, out problem);
        }
        problem = $"more than {_options.MaxRedirects} redirects";
        return null;
    }

    /// <summary>The body, stopped as soon as it passes the limit (a server may send more than it announced, or nothing).</summary>
    private byte[]? ReadLimited(Stream body, CancellationToken cancellationToken, out string? problem)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            var read = body.ReadAsync(chunk, cancellationToken).AsTask().GetAwaiter().GetResult();
            if (read == 0) break;
            if (buffer.Length + read > _options.MaxBytes)
            {
                problem = $"more than {_options.MaxBytes:N0} bytes";
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        problem = buffer.Length == 0 ? "the server sent no bytes" : null;
        return buffer.Length == 0 ? null : buffer.ToArray();
    }

    /// <summary>Connects only to public addresses (unless allowed), checked after the name is resolved, so DNS cannot point elsewhere.</summary>
    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
        var allowed = addresses.Where(a => _options.AllowPrivateAddresses || IsPublic(a)).ToList();
        if (allowed.Count == 0) throw new HttpRequestException($"{context.DnsEndPoint.Host} is not a public address; not fetched");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed.ToArray(), context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    internal static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)) return false;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast);
        var b = address.GetAddressBytes();
        return !(b[0] == 10 || b[0] == 0 || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254) || (b[0] == 100 && b[1] is >= 64 and <= 127) || b[0] >= 224);
    }

    private byte[]? FromCache(string index)
    {
        try
        {
            if (!File.Exists(index)) return null;
            var hash = File.ReadAllText(index).Trim();
            var blob = BlobPath(hash);
            if (!File.Exists(blob)) return null;
            var bytes = File.ReadAllBytes(blob);
            // A blob damaged on disk is fetched again rather than published.
            return ContentHash.Of(bytes) == hash ? bytes : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The blob first, then the index naming it: each whole or not at all (<see cref="AtomicFile"/>).
    /// </summary>
    private void Store(string index, byte[] bytes)
    {
        var hash = ContentHash.Of(bytes);
        Save(BlobPath(hash), bytes);
        Save(index, Encoding.ASCII.GetBytes(hash));

        static void Save(string path, byte[] content)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            AtomicFile.Write(path, content);
        }
    }

    private string BlobPath(string hash) => Path.Combine(_options.Folder, "blobs", hash);

    private static string Reason(Exception ex) =>
        (ex.InnerException is { } inner && ex is HttpRequestException ? inner.Message : ex.Message).TrimEnd('.');
}
