namespace SdgArchive.Model;

/// <summary>
/// The title as written (entities decoded, mojibake repaired) and the form to show:
/// all-capitals titles get a readable <see cref="Display"/> form, the text itself is kept.
/// </summary>
public sealed record DocumentTitle(string Text, string Display, TitleSource Source, bool SourceWasCutOff)
{
    /// <summary>1-based line of the text the title was taken from (0 when it is the file name).</summary>
    public int Line { get; init; }
    /// <summary>1-based column where that text starts (0 when it is the file name).</summary>
    public int Column { get; init; }
}
