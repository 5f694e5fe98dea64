namespace SdgArchive.Rendering;

/// <summary>Safe HTML from a Markdown fragment, and what rendering noticed about it.</summary>
public sealed record RenderedFragment(string Html, int PlaceholderAltTexts, int UnsafeUrlsRemoved, bool Sanitized);
