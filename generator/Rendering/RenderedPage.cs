using SdgArchive.Diagnostics;

namespace SdgArchive.Rendering;

/// <summary>
/// What rendering a page job made: its address, the file it belongs in (relative to the site root), its HTML (null when
/// a template failed) and what the templates reported while rendering it.
/// </summary>
public sealed record RenderedPage(string Url, string File, string? Html, IReadOnlyList<Diagnostic> Diagnostics);
