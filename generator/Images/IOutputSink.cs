namespace SdgArchive.Images;

/// <summary>Where generated files go, by path relative to the site root (forward slashes).</summary>
public interface IOutputSink
{
    bool Exists(string relativePath);
    void Write(string relativePath, ReadOnlySpan<byte> bytes);
}

/// <summary>Writes into a folder; safe for parallel documents writing the same content-hashed file.</summary>
public sealed class DirectoryOutputSink(string root) : IOutputSink
{
    public string Root { get; } = Path.GetFullPath(root);

    public bool Exists(string relativePath) => File.Exists(FullPath(relativePath));

    public void Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var path = FullPath(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(temporary, bytes.ToArray());
        File.Move(temporary, path, overwrite: true);
    }

    private string FullPath(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(Root, relativePath));
        if (!path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException($"{relativePath} leaves the output folder", nameof(relativePath));
        return path;
    }
}
