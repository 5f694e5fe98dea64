namespace SdgArchive.Images;

/// <summary>
/// Where generated files go, by path relative to the site root (forward slashes): the build's output folder
/// (<see cref="StagingOutputSink"/>), whose write never goes through a file of the live site.
/// </summary>
public interface IOutputSink
{
    bool Exists(string relativePath);
    void Write(string relativePath, ReadOnlySpan<byte> bytes);
}
