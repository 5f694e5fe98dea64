using System.Text.Json;
using System.Text.Json.Serialization;
using SdgArchive.Diagnostics;

namespace SdgArchive.Serve;

/// <summary>The diagnostics of the latest build, as the browser overlay shows them.</summary>
public sealed record DiagnosticsSnapshot(int Build, IReadOnlyList<DiagnosticsSnapshot.Item> Items)
{
    public sealed record Item(
        [property: JsonPropertyName("path")] string Path,
        [property: JsonPropertyName("line")] int Line,
        [property: JsonPropertyName("column")] int Column,
        [property: JsonPropertyName("severity")] string Severity,
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("message")] string Message,
        [property: JsonPropertyName("text")] string Text);

    public static readonly DiagnosticsSnapshot Empty = new(0, []);

    /// <summary>Only warnings and errors: info messages would keep the overlay open for nothing.</summary>
    public static DiagnosticsSnapshot From(int build, IEnumerable<Diagnostic> diagnostics) => new(build, diagnostics
        .Where(d => d.Severity >= Severity.Warning)
        .Select(d => new Item(Redact(d.Span.Path), d.Span.Line, d.Span.Column, d.Severity.ToString().ToLowerInvariant(), d.Code,
            Redact(d.Message), Redact(d.ToString())))
        .ToList());

    /// <summary>Served to web pages: no absolute path of the machine (serve runs in the project folder).</summary>
    private static string Redact(string text) => Security.PathRedaction.Redact(text, Directory.GetCurrentDirectory());

    public string ToJson() => JsonSerializer.Serialize(new Wire(Build, Items), WireOptions);

    private sealed record Wire(
        [property: JsonPropertyName("build")] int Build,
        [property: JsonPropertyName("items")] IReadOnlyList<Item> Items);

    private static readonly JsonSerializerOptions WireOptions = new() { WriteIndented = false };
}
