namespace SdgArchive.Fragments;

/// <summary>Safe HTML from a Markdown fragment, and what rendering noticed about it.</summary>
public sealed record RenderedFragment(string Html, int PlaceholderAltTexts, int UnsafeUrlsRemoved, bool Sanitized)
{
    /// <summary>Why the text could not be formatted and is shown as plain text instead (null when it was formatted).</summary>
    public string? Failure { get; init; }
}
