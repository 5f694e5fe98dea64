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
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), options ?? Json));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
