namespace SdgArchive.Progress;

/// <summary>How long a stage took and how many items it handled.</summary>
public sealed record StageTiming(string Name, int Items, TimeSpan Elapsed, string? Detail)
{
    public string ToLine() => $"{Name}: {Items} {(Detail is null ? "items" : Detail)} in {Elapsed.TotalMilliseconds:0} ms";
}
