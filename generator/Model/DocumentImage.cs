namespace SdgArchive.Model;

/// <summary>
/// An image in the body (<c>![alt](url)</c> or <c>&lt;img&gt;</c>). Embedded <c>data:</c> images (several MB in the
/// archive) are recognised but their payload is not copied here: it stays in the body.
/// </summary>
public sealed record DocumentImage(string AltText, string? Url, string? EmbeddedMediaType, int EmbeddedLength, int Line, int Column)
{
    /// <summary>The archive's export wrote this text where an author gave no description.</summary>
    public const string PlaceholderAltText = "Missing alt text";

    public bool IsEmbedded => EmbeddedMediaType is not null;

    /// <summary>True when the alt text describes nothing: empty or the export's placeholder.</summary>
    public bool LacksAltText => string.IsNullOrWhiteSpace(AltText) || AltText.Trim().Equals(PlaceholderAltText, StringComparison.OrdinalIgnoreCase);
}
