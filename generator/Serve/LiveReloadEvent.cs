namespace SdgArchive.Serve;

/// <summary>One server-sent event for the open tabs: <c>reload</c>, <c>diagnostics</c> or <c>hello</c>.</summary>
public sealed record LiveReloadEvent(string Name, string JsonData)
{
    /// <summary>The SSE wire form; data is one line of JSON, so it needs no splitting.</summary>
    public string ToWireFormat() => $"event: {Name}\ndata: {JsonData}\n\n";
}
