namespace SdgArchive.Syntax;

/// <summary>
/// Turns a character offset of the parsed text (what Markdig's spans hold) into the 1-based line and column a
/// diagnostic or <c>inspect</c> shows; the text's line breaks are already unified to LF when it is parsed.
/// </summary>
public sealed class SourcePositions
{
    private readonly int[] _lineStarts;

    public SourcePositions(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) starts.Add(i + 1);
        _lineStarts = [.. starts];
        Length = text.Length;
    }

    public int Length { get; }

    /// <summary>The line and column of <paramref name="offset"/>, clamped into the text.</summary>
    public (int Line, int Column) At(int offset)
    {
        offset = Math.Clamp(offset, 0, Math.Max(0, Length - 1));
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0) index = ~index - 1;
        return (index + 1, offset - _lineStarts[index] + 1);
    }
}
