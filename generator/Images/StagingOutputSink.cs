using System.Collections.Concurrent;
using SdgArchive.Output;

namespace SdgArchive.Images;

/// <summary>Writes image files into the build's staging folder; the first document to need a content-named file writes it, once.</summary>
public sealed class StagingOutputSink(StagingFolder output) : IOutputSink
{
    private readonly ConcurrentDictionary<string, byte> _claimed = new(StringComparer.Ordinal);

    public bool Exists(string relativePath) => _claimed.ContainsKey(relativePath) || output.Contains(relativePath);

    public void Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        if (_claimed.TryAdd(relativePath, 0)) output.WriteBytes(relativePath, bytes);
    }
}
