using SdgArchive.Diagnostics;

namespace SdgArchive.Rendering;

/// <summary>
/// What rendering a page job made: its address, the file it belongs in (relative to the site root), its HTML (null when
/// a template failed) and what the templates reported while rendering it.
/// </summary>
public sealed record RenderedPage(string Url, string File, string? Html, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The file's stamp once a sink has written the page (the renderer itself writes nothing).</summary>
    public Caching.OutputStamp? Written { get; init; }
}
