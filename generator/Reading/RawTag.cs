namespace SdgArchive.Reading;

/// <summary>A <c>[[key:value]]</c> occurrence before cleaning; line and column point at the value.</summary>
public readonly record struct RawTag(string Key, string Value, int Line, int Column);
