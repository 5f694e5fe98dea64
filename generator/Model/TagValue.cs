namespace SdgArchive.Model;

/// <summary>A cleaned tag value with the place it was read from.</summary>
public sealed record TagValue(string Key, string Value, int Line, int Column);
