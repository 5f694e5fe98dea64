namespace SdgArchive.SiteTests.Serve;

internal static class SseReader
{
    /// <summary>Reads server-sent events until one named <paramref name="name"/> arrives; returns its data line.</summary>
    public static async Task<string> ReadUntilEventAsync(StreamReader reader, string name, CancellationToken cancellationToken, string? mustContain = null)
    {
        string? current = null;
        while (true)
        {
            var line = await reader.ReadLineAsync(cancellationToken) ?? throw new EndOfStreamException($"stream ended before event '{name}'");
            if (line.StartsWith("event: ", StringComparison.Ordinal)) current = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && current == name
                     && (mustContain is null || line.Contains(mustContain, StringComparison.Ordinal)))
                return line["data: ".Length..];
        }
    }
}
