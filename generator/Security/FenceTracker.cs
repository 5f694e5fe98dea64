namespace SdgArchive.Security;

/// <summary>
/// Tracks whether a line-by-line scan is inside a fenced code block (``` or ~~~). Only for the checks that must run
/// before Markdig parses the text (<see cref="NestingLimit"/>); everything after the parse reads the syntax tree.
/// </summary>
public sealed class FenceTracker
{
    private string? _marker;
    public bool Inside => _marker is not null;
    public int OpenedAtLine { get; private set; }
    private int _line;

    /// <summary>Feeds the next line; true when the line itself opens or closes a fence.</summary>
    public bool Update(string line)
    {
        _line++;
        var trimmed = line.TrimStart();
        if (trimmed.Length - line.Length < -3) return false; // 4+ spaces: indented code, not a fence
        if (_marker is null)
        {
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                _marker = trimmed[..3];
                OpenedAtLine = _line;
                return true;
            }
            return false;
        }
        if (trimmed.StartsWith(_marker, StringComparison.Ordinal) && trimmed.Trim().Trim(_marker[0]).Length == 0)
        {
            _marker = null;
            return true;
        }
        return false;
    }
}
