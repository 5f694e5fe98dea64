namespace SdgArchive.Map;

/// <summary>A document as the map needs it: for tooltips (title, link) and for the filters (types, year, goals).</summary>
public sealed record MapDocRef(string Title, string Url, IReadOnlyList<string> Types, int? Year, IReadOnlyList<int> Sdgs);
