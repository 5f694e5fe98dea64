namespace SdgArchive.Model;

/// <summary>
/// The language a document is written in, as a BCP 47 tag (<c>es</c>, <c>pt-BR</c>, <c>ckb</c>), and how the reader
/// knows it. <see cref="Code"/> is null when the text is too short to tell: the site's language is shown then.
/// </summary>
public sealed record DocumentLanguage(string? Code, LanguageSource Source)
{
    public static DocumentLanguage Undetermined { get; } = new(null, LanguageSource.TooShort);

    /// <summary>The language to declare on the page: the document's own, or the site's when it could not be told.</summary>
    public string Or(string siteLanguage) => Code ?? siteLanguage;
}

/// <summary>Where a document's language came from.</summary>
public enum LanguageSource
{
    /// <summary>An explicit <c>[[language:xx]]</c> tag.</summary>
    Tag,
    /// <summary>Detected from the document's own text (title and answers).</summary>
    Detected,
    /// <summary>Too little text to tell: the site's language stands in.</summary>
    TooShort,
}
