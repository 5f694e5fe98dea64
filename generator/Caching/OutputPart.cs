namespace SdgArchive.Caching;

/// <summary>
/// A part of a folder output made on its own (one of the search index's pagefind indexes): the key of what it was made
/// from, and its counts, so a build whose part has the same key copies it from the last output instead of making it.
/// </summary>
public sealed record OutputPart(string Key, int Pages, int Words);
