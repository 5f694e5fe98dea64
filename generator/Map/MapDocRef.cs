namespace SdgArchive.Map;

/// <summary>
/// A document as the map needs it: for tooltips and the list beside the map (title, link, language of the title) and
/// for the filters (types, year, goals).
/// </summary>
public sealed record MapDocRef(string Title, string Url, IReadOnlyList<string> Types, int? Year,
    IReadOnlyList<int> Sdgs, string? Language = null);
