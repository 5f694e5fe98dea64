namespace SdgArchive.Diagnostics;

/// <summary>A place in a source file; line and column are 1-based, 0 means "whole file".</summary>
public readonly record struct SourceSpan(string Path, int Line, int Column)
{
    public override string ToString() => Line > 0 ? $"{Path}({Line},{Math.Max(Column, 1)})" : Path;
}
