namespace SdgArchive.Syntax.Tags;

/// <summary>
/// One <c>[[key:value]]</c> as written: the raw key and value (a value broken over lines keeps a space per break),
/// where the value starts, and whether the closing <c>]]</c> was found.
/// </summary>
public sealed record TagSyntax(string Key, string Value, int Line, int Column, bool Closed = true);
