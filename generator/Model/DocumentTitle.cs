namespace SdgArchive.Model;

/// <summary>
/// The title as written (entities decoded, mojibake repaired) and the form to show:
/// all-capitals titles get a readable <see cref="Display"/> form, the text itself is kept.
/// </summary>
public sealed record DocumentTitle(string Text, string Display, TitleSource Source, bool SourceWasCutOff);
