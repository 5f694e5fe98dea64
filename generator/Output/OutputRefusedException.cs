namespace SdgArchive.Output;

/// <summary>
/// The build will not write where it was asked to: the output folder is not one it may replace, or cannot be made.
/// Its message is one line a person can act on, and names the folder.
/// </summary>
public sealed class OutputRefusedException(string folder, string reason) : Exception($"{folder}: {reason}")
{
    public string Folder { get; } = folder;
    public string Reason { get; } = reason;
}
