using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SdgArchive.Caching;

/// <summary>
/// The one hash function of the generator: SHA-256 as lower-case hex. Page keys, card and image cache names, file
/// states, fingerprints and content-addressed file names all come from here, so two parts of the build never disagree
/// on what "the same content" means.
/// </summary>
public static class ContentHash
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Of(Stream stream) => Convert.ToHexStringLower(SHA256.HashData(stream));

    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));

    /// <summary>A key from several parts (hashes, versions, paths), each ended by a NUL so no two lists collide.</summary>
    public static string OfParts(params IEnumerable<string> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> buffer = stackalloc byte[512];
        foreach (var part in parts)
        {
            if (Encoding.UTF8.GetMaxByteCount(part.Length) <= buffer.Length)
                hash.AppendData(buffer[..Encoding.UTF8.GetBytes(part, buffer)]);
            else
                hash.AppendData(Encoding.UTF8.GetBytes(part));
            hash.AppendData([0]);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The key of a value from everything it holds: a version, its type's name and the value serialized (every field
    /// of every nested record). No field is listed by hand, so one added to the type is in the key at once.
    /// <paramref name="options"/> may add converters that watch the serialization (see <c>PageKey.Read</c>).
    /// </summary>
    public static string OfValue(string version, object value, JsonSerializerOptions? options = null)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{version}\0{value.GetType().Name}\0"));
        // Streamed into the hash (the same bytes, so the same key): a document page's inputs serialize to ~100 KB,
        // and a byte array of them per page was a share of the 18.7 GB a 10,000-document build allocated.
        using (var sink = new HashingStream(hash))
            JsonSerializer.Serialize(sink, value, value.GetType(), options ?? Json);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>A stream that only feeds what is written to it into a hash.</summary>
    private sealed class HashingStream(IncrementalHash hash) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => hash.AppendData(buffer, offset, count);
        public override void Write(ReadOnlySpan<byte> buffer) => hash.AppendData(buffer);
    }
}
