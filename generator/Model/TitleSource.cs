namespace SdgArchive.Model;

/// <summary>Where the reader found a document's title, most trusted first.</summary>
public enum TitleSource
{
    /// <summary>The answer under a <c>## Title</c> section.</summary>
    TitleSection,
    /// <summary>The first-level heading.</summary>
    Heading,
    /// <summary>The line after an empty first-level heading.</summary>
    LineAfterEmptyHeading,
    /// <summary>First meaningful line of a plain-text document that is not a form prompt.</summary>
    FirstLine,
    /// <summary>Nothing usable: the file name.</summary>
    FileName,
}
