namespace SdgArchive.Images;

/// <summary>
/// The outcome of mirroring one address: its bytes, or why there are none. <see cref="IndexFile"/> is the cache file that
/// records the address's content: a page records it as read, so it is rendered again once a failed download succeeds.
/// </summary>
public sealed record MirroredImage(string Url, byte[]? Bytes, string? Problem, string IndexFile)
{
    public bool Succeeded => Bytes is not null;
}
