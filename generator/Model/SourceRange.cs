namespace SdgArchive.Model;

/// <summary>
/// Where a part of the document stands in its source file: first and last character, 1-based lines and columns (the
/// end is inclusive, so a one-line heading <c># Title</c> is 3:1–3:7).
/// </summary>
public readonly record struct SourceRange(int Line, int Column, int EndLine, int EndColumn)
{
    public override string ToString() =>
        FormattableString.Invariant($"{Line}:{Column}–{EndLine}:{EndColumn}");
}
