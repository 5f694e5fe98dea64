namespace SdgArchive.Progress;

/// <summary>No display at all: library callers and tests that read the stage timings from the build result.</summary>
public sealed class SilentProgress : IBuildProgress
{
    public static SilentProgress Instance { get; } = new();

    public IStageProgress Stage(string name, int total) => new SilentStage();

    private sealed class SilentStage : IStageProgress
    {
        public void Advance(int count = 1) { }
        public void Complete(string? detail = null) { }
        public void Dispose() { }
    }
}
