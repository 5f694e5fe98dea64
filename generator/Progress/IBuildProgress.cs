namespace SdgArchive.Progress;

/// <summary>Where the build reports its stages (read, render, write, …): a live display or plain lines.</summary>
public interface IBuildProgress
{
    /// <summary>Starts a stage with the number of items it will handle (0 when unknown).</summary>
    IStageProgress Stage(string name, int total);
}

/// <summary>One stage; disposing it without <see cref="Complete"/> completes it with the items counted so far.</summary>
public interface IStageProgress : IDisposable
{
    void Advance(int count = 1);
    void Complete(string? detail = null);
}
